using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Bantin.Text.Normalization;

namespace Bantin.News.Readers.Html;

/// <summary>
/// Finds the article's fields on a parsed page: through the outlet's <see cref="SiteRule"/> when one matches and its
/// body selector finds the body, otherwise through SmartReader, with the page's metadata as fallback for each field.
/// </summary>
internal static class PageExtractor
{
    // Lead paragraphs of sites without a rule carry one of these classes more often than not.
    private const string GenericSapo =
        "p.sapo, div.sapo, h2.sapo, .article-sapo, .lead, .article-lead, .article-summary, .summary, .chapeau, "
        + "h2.description, p.description, [itemprop='description']:not(meta)";

    private const string GenericBreadcrumb = ".breadcrumb a, .breadcrumbs a, [itemtype*='BreadcrumbList'] [itemprop='name']";

    /// <summary>A generic lead shorter than this is a label, longer is an article body that happens to match.</summary>
    private const int MinSapoChars = 40, MaxSapoChars = 1200;

    public static RawArticle? Extract(IHtmlDocument doc, PageMetadata meta, out string? error)
    {
        error = null;
        var rule = SiteRules.Find(meta.Url, meta.SiteName);
        if (rule is { Stamp.Length: > 0 })
            foreach (var stamp in doc.QuerySelectorAll(rule.Stamp)) stamp.AppendChild(doc.CreateTextNode(" - "));

        var titleEl = First(doc, rule?.Title);
        var sapoEl = First(doc, rule?.Sapo);
        var authorEl = First(doc, rule?.Author);
        var dateEl = First(doc, rule?.Date);
        var creditEls = rule is { Credits.Length: > 0 } ? doc.QuerySelectorAll(rule.Credits).ToList() : [];
        var body = First(doc, rule?.Body);

        var dates = new List<string>(meta.Dates);
        if (dateEl is not null) AddDate(dates, dateEl);
        if (meta.TimeElement is { } time) dates.Add(time);
        var category = FirstCategory(rule is { Category.Length: > 0 } ? doc.QuerySelectorAll(rule.Category) : null)
                       ?? meta.Section ?? FirstCrumb(meta.Breadcrumb) ?? FirstCategory(doc.QuerySelectorAll(GenericBreadcrumb));
        var raw = new RawArticle
        {
            Rule = rule,
            // An unclosed <h2> swallows what follows it, the body included: a field never takes the body's text.
            Title = TextOf(titleEl, body),
            Sapo = TextOf(sapoEl, body),
            Author = authorEl is null ? null : TextOf(authorEl),
            AuthorFromTemplate = authorEl is not null,
            Credits = creditEls.Select(TextOf).Where(t => t.Length > 0).ToList(),
            Dates = dates,
            Category = category,
            Body = [],
        };

        if (body is not null)
        {
            // Template pieces nested in the body element (VnExpress's by-line paragraph) are not body text.
            foreach (var piece in new[] { titleEl, sapoEl, BlockOf(authorEl, body), dateEl }.Concat(creditEls))
                if (piece is not null && piece != body && body.Contains(piece)) piece.Remove();
            ContentCleaner.Clean(body, rule!.Junk);
            return raw with
            {
                Title = Fallback(raw.Title, meta.Title, TextOf(doc.QuerySelector("h1")), doc.Title),
                Body = ParagraphWalker.Paragraphs(body),
            };
        }

        // No rule, or the template changed: the generic path. Read the page before SmartReader rewrites it.
        var h1 = TextOf(doc.QuerySelector("h1"));
        var sapo = raw.Sapo.Length > 0 ? raw.Sapo : GenericLead(doc) ?? "";
        var pageTitle = doc.Title;
        if (doc.Body is { } pageBody) ContentCleaner.PreClean(pageBody);
        var found = GenericContent.Find(doc, meta.Url, out error);
        if (found is null) return null;
        ContentCleaner.Clean(found.Content, "");
        return raw with
        {
            Title = Fallback(raw.Title, meta.Title, h1, found.Title, pageTitle),
            Sapo = sapo,
            Author = raw.Author ?? found.Byline,
            Body = ParagraphWalker.Paragraphs(found.Content),
        };
    }

    /// <summary>An element's text, paragraphs joined by a space (a sapo in two &lt;p&gt;s is one field).</summary>
    public static string TextOf(IElement? e) => TextOf(e, null);

    private static string TextOf(IElement? e, IElement? skip) =>
        e is null ? "" : string.Join(' ', ParagraphWalker.Paragraphs(e, skip).Select(p => p.Text));

    private static IElement? First(IDocument doc, string? selector) =>
        string.IsNullOrEmpty(selector) ? null : doc.QuerySelector(selector);

    private static string Fallback(params ReadOnlySpan<string?> candidates)
    {
        foreach (var c in candidates)
            if (!string.IsNullOrWhiteSpace(c)) return c.Trim();
        return "";
    }

    // The by-line is often a <strong> in a paragraph of its own: that paragraph goes, not just the name; but a block
    // holding more than a by-line's worth of text is body, and only the name leaves it.
    private static IElement? BlockOf(IElement? e, IElement body)
    {
        for (var x = e; x is not null && x != body; x = x.ParentElement)
        {
            if (x.LocalName is not ("p" or "div" or "li" or "section" or "header" or "footer")) continue;
            return x.TextContent.Length <= 2 * BylineFinder.MaxNameChars ? x : e;
        }
        return e;
    }

    private static void AddDate(List<string> dates, IElement e)
    {
        foreach (var attr in (ReadOnlySpan<string>)["datetime", "content", "data-time"])
            if (e.GetAttribute(attr) is { Length: > 0 } value) dates.Add(value);
        if (TextOf(e) is { Length: > 0 } text) dates.Add(text);
    }

    private static string? GenericLead(IDocument doc)
    {
        foreach (var e in doc.QuerySelectorAll(GenericSapo))
        {
            var text = TextOf(e);
            if (text.Length is >= MinSapoChars and <= MaxSapoChars) return text;
        }
        return null;
    }

    private static string? FirstCategory(IEnumerable<IElement>? links) =>
        links is null ? null : FirstCrumb(links.Select(TextOf));

    // The section right under the home page: "Thời sự" in Trang chủ › Thời sự › Giao thông.
    private static string? FirstCrumb(IEnumerable<string> crumbs)
    {
        foreach (var crumb in crumbs)
        {
            var text = crumb.Trim();
            if (text.Length == 0) continue;
            var folded = DiacriticFolder.Fold(text).ToLowerInvariant();
            if (folded is "trang chu" or "home" or "trang chinh" or "tin tuc") continue;
            return text;
        }
        return null;
    }
}
