using AngleSharp.Dom;

namespace Bantin.News.Readers.Html;

/// <summary>Reads <see cref="PageMetadata"/> from meta tags, links, microdata and JSON-LD.</summary>
internal static class PageMetadataReader
{
    public static PageMetadata Read(IDocument document)
    {
        var ld = JsonLdReader.Read(document);
        var tags = MetaTags(document);
        var dates = new List<string>();
        Add(dates, Meta(tags, "article:published_time", "og:article:published_time", "pubdate", "publishdate",
            "dc.date.issued", "date"));
        Add(dates, ld.DatePublished);
        var itemprop = document.QuerySelector("[itemprop='datePublished']");
        Add(dates, itemprop?.GetAttribute("content") ?? itemprop?.GetAttribute("datetime"));

        return new PageMetadata
        {
            Url = AbsoluteUrl(document.QuerySelector("link[rel~='canonical' i]")?.GetAttribute("href"))
                  ?? AbsoluteUrl(Meta(tags, "og:url")) ?? AbsoluteUrl(ld.Url),
            SiteName = Meta(tags, "og:site_name", "application-name") ?? ld.Publisher,
            Title = Meta(tags, "og:title", "twitter:title") ?? ld.Headline,
            Description = Meta(tags, "og:description", "description", "twitter:description"),
            Author = ld.Author ?? Meta(tags, "author", "article:author", "dc.creator"),
            Section = ld.Section ?? Meta(tags, "article:section"),
            Dates = dates,
            TimeElement = document.QuerySelector("time[datetime]")?.GetAttribute("datetime"),
            Breadcrumb = ld.Breadcrumb,
        };
    }

    // One pass over the meta tags: name=, property= or itemprop= → the first non-empty content.
    private static Dictionary<string, string> MetaTags(IDocument document)
    {
        var tags = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var meta in document.QuerySelectorAll("meta[content]"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            var content = meta.GetAttribute("content");
            if (key is not null && !string.IsNullOrWhiteSpace(content)) tags.TryAdd(key.Trim(), content.Trim());
        }
        return tags;
    }

    private static string? Meta(Dictionary<string, string> tags, params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
            if (tags.TryGetValue(name, out var content)) return content;
        return null;
    }

    private static string? AbsoluteUrl(string? href)
    {
        if (string.IsNullOrWhiteSpace(href)) return null;
        href = href.Trim();
        if (href.StartsWith("//", StringComparison.Ordinal)) href = "https:" + href; // protocol-relative
        if (!Uri.TryCreate(href, UriKind.Absolute, out var uri)) return null;
        return uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps ? href : null;
    }

    private static void Add(List<string> dates, string? date)
    {
        if (!string.IsNullOrWhiteSpace(date)) dates.Add(date.Trim());
    }
}
