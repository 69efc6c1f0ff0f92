namespace Bantin.News.Evaluation;

/// <summary>
/// A gold article and the raw text it was fused into. <see cref="Cuts"/>: where each part (title, sapo, body lines,
/// by-line) but the last ends in <see cref="Raw"/>, the boundaries a reader should find (training uses them).
/// </summary>
public sealed record FusedArticle(string Id, string Raw, string Title, string Sapo, IReadOnlyList<string> Body, string? Author)
{
    public IReadOnlyList<int> Cuts { get; init; } = [];
}
