namespace Bantin.Search.Searching;

/// <summary>How results are ordered.</summary>
public enum SearchSort
{
    /// <summary>Best match first (BM25 with phrase and proximity boosts).</summary>
    Relevance,
    /// <summary>Newest first; undated articles last.</summary>
    Newest,
    /// <summary>Oldest first; undated articles last.</summary>
    Oldest,
}

/// <summary>
/// A search: the query text in Bantin's query language (see <see cref="QueryText"/>), paging, sorting and filters that
/// add to those written in the query (<c>source:</c>, <c>category:</c>, <c>author:</c>, <c>from:</c>, <c>to:</c>).
/// </summary>
public sealed record SearchRequest
{
    public const int MaxTop = 100;
    public const int MaxQueryLength = 1_000;

    public required string Query { get; init; }
    /// <summary>Hits per page, 1..<see cref="MaxTop"/>.</summary>
    public int Top { get; init; } = 10;
    /// <summary>1-based page.</summary>
    public int Page { get; init; } = 1;
    public SearchSort Sort { get; init; } = SearchSort.Relevance;
    public DateTimeOffset? From { get; init; }
    public DateTimeOffset? To { get; init; }
    public string? Source { get; init; }
    public string? Category { get; init; }
    public string? Author { get; init; }
    /// <summary>Count facet values over all matches (costs one more pass).</summary>
    public bool Facets { get; init; } = true;
    /// <summary>Make snippets with highlights (re-analyses each hit's text).</summary>
    public bool Snippets { get; init; } = true;

    /// <summary>The first problem with the request, or null when it is valid.</summary>
    public string? Validate()
    {
        if (Query.Length > MaxQueryLength) return $"the query is {Query.Length} characters long; at most {MaxQueryLength} are allowed";
        if (Top is < 1 or > MaxTop) return $"top must be between 1 and {MaxTop}, not {Top}";
        if (Page < 1) return $"page must be 1 or more, not {Page}";
        if ((long)Page * Top > 10_000) return "results beyond the 10,000th are not served; narrow the query";
        if (From is { } f && To is { } t && f > t) return "from is after to";
        return null;
    }
}
