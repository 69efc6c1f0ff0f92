namespace Bantin.News.Readers.Html;

/// <summary>
/// What a page says about itself in its head and JSON-LD, read before any cleaning touches the document. Every field
/// is raw text (not normalized) or null.
/// </summary>
internal sealed record PageMetadata
{
    /// <summary><c>&lt;link rel=canonical&gt;</c>, else <c>og:url</c>, else the JSON-LD url; absolute http(s) only.</summary>
    public string? Url { get; init; }

    public string? SiteName { get; init; }
    public string? Title { get; init; }
    public string? Description { get; init; }
    public string? Author { get; init; }
    public string? Section { get; init; }

    /// <summary>Machine-readable publication dates in order of trust (meta, JSON-LD, itemprop).</summary>
    public IReadOnlyList<string> Dates { get; init; } = [];

    /// <summary>
    /// The first <c>&lt;time datetime&gt;</c>: trusted less than a template's date element, since on a page with
    /// comments it may be a comment's time.
    /// </summary>
    public string? TimeElement { get; init; }

    /// <summary>JSON-LD BreadcrumbList names, home first.</summary>
    public IReadOnlyList<string> Breadcrumb { get; init; } = [];
}
