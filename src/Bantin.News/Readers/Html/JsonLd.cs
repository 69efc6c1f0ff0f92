namespace Bantin.News.Readers.Html;

/// <summary>The parts of a page's JSON-LD (schema.org NewsArticle and BreadcrumbList) the reader uses.</summary>
internal sealed record JsonLd(
    string? Headline,
    string? DatePublished,
    string? Author,
    string? Section,
    string? Publisher,
    string? Url,
    IReadOnlyList<string> Breadcrumb)
{
    public static readonly JsonLd Empty = new(null, null, null, null, null, null, []);
}
