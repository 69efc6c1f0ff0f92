namespace Bantin.News.Readers.Html;

/// <summary>The fields found on a page, as raw text (whitespace collapsed, not normalized), before assembly.</summary>
internal sealed record RawArticle
{
    public SiteRule? Rule { get; init; }
    public string Title { get; init; } = "";
    public string Sapo { get; init; } = "";
    public required List<HtmlParagraph> Body { get; init; }

    /// <summary>From a by-line element of the template, or SmartReader's by-line.</summary>
    public string? Author { get; init; }

    /// <summary>True when <see cref="Author"/> came from the template (trusted), false when from a fallback.</summary>
    public bool AuthorFromTemplate { get; init; }

    public List<string> Credits { get; init; } = [];

    /// <summary>Date texts in order of trust; the first that parses is the publication date.</summary>
    public List<string> Dates { get; init; } = [];

    public string? Category { get; init; }
}
