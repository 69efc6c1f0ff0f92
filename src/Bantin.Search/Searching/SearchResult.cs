namespace Bantin.Search.Searching;

/// <summary>A highlighted part of a snippet: UTF-16 offsets into <see cref="SearchHit.Snippet"/>.</summary>
public readonly record struct Highlight(int Start, int End);

/// <summary>One result: the article's display fields, its score and a snippet with the matches highlighted.</summary>
public sealed record SearchHit
{
    public required string Id { get; init; }
    public float Score { get; init; }
    public required string Title { get; init; }
    public string? Sapo { get; init; }
    /// <summary>A passage of the article (title, sapo or body) where the query matches best, as plain text.</summary>
    public required string Snippet { get; init; }
    public IReadOnlyList<Highlight> Highlights { get; init; } = [];
    public DateTimeOffset? Published { get; init; }
    public string? Source { get; init; }
    public string? Category { get; init; }
    public string? Author { get; init; }
    public string? Url { get; init; }
}

/// <summary>A facet value and how many matching articles have it.</summary>
public readonly record struct FacetCount(string Value, int Count);

/// <summary>The answer to a <see cref="SearchRequest"/>.</summary>
public sealed record SearchResult
{
    public required string Query { get; init; }
    /// <summary>All matching articles.</summary>
    public int Total { get; init; }
    public IReadOnlyList<SearchHit> Hits { get; init; } = [];
    /// <summary>Per facet field (source, category, author, year): values by count, most frequent first (top 20).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets { get; init; } = new Dictionary<string, IReadOnlyList<FacetCount>>();
}
