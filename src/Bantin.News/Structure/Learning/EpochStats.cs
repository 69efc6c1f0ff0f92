namespace Bantin.News.Structure.Learning;

/// <summary>What one training pass saw: articles, gold boundaries (how many no candidate reaches, how many are splitter artefacts), examples, mistakes.</summary>
internal sealed class EpochStats
{
    public int Articles { get; set; }
    public long Boundaries { get; set; }
    public long Unreachable { get; set; }
    public long Relabelled { get; set; }
    public long Examples { get; set; }
    public long Mistakes { get; set; }
}
