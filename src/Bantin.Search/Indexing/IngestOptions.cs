namespace Bantin.Search.Indexing;

/// <summary>How <see cref="NewsIngester"/> treats articles already in the index and near-duplicates.</summary>
public sealed record IngestOptions
{
    /// <summary>Replace articles whose id is already indexed (default: skip them, so a re-run resumes).</summary>
    public bool Update { get; init; }

    /// <summary>Do not index an article whose text nearly duplicates one already indexed; count and report it.</summary>
    public bool Dedup { get; init; }

    /// <summary>Commit after this many new articles (and at the end).</summary>
    public int CommitEvery { get; init; } = 5_000;

    /// <summary>Threads analysing and indexing; all cores by default.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;
}
