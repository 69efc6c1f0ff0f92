namespace Bantin.News.Readers.Html;

/// <summary>
/// Where one outlet's article template keeps each field, as CSS selectors (comma lists: the first element in
/// document order wins). Empty means "not on this template"; the generic fallbacks then apply.
/// </summary>
internal sealed record SiteRule
{
    /// <summary>The publisher as readers know it ("VnExpress", "Tuổi Trẻ").</summary>
    public required string Source { get; init; }

    /// <summary>Host names; sub-domains match too (e.g. <c>vnexpress.net</c> covers <c>e.vnexpress.net</c>).</summary>
    public required string[] Hosts { get; init; }

    /// <summary>og:site_name spellings, folded (no diacritics, lower case, letters and digits only), used when a page has no URL.</summary>
    public required string[] Names { get; init; }

    public required string Title { get; init; }
    public required string Sapo { get; init; }
    public required string Body { get; init; }
    public string Author { get; init; } = "";
    public string Date { get; init; } = "";
    public string Category { get; init; } = "";
    public string Credits { get; init; } = "";

    /// <summary>Boxes inside the body that are not the article: captions, related stories, players, tags, comments.</summary>
    public string Junk { get; init; } = "";

    /// <summary>Inline labels the page separates from the text by CSS only (a dateline), so a " - " is put after them.</summary>
    public string Stamp { get; init; } = "";
}
