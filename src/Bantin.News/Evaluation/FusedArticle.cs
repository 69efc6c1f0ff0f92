namespace Bantin.News.Evaluation;

/// <summary>A gold article and the raw text it was fused into.</summary>
public sealed record FusedArticle(string Id, string Raw, string Title, string Sapo, IReadOnlyList<string> Body, string? Author);
