using AngleSharp.Dom;

namespace Bantin.News.Readers.Html;

/// <summary>
/// Removes what is not article text from a content element: media and their captions, players, related-story boxes,
/// "read more" lists, share bars, tags, comments, ads and hidden elements. One pass over the tree with an explicit
/// stack, so a pathologically deep page cannot overflow the call stack.
/// </summary>
internal static class ContentCleaner
{
    /// <summary>A table holding an image and less text than this is a photo with its caption, not a data table.</summary>
    public const int MaxPhotoTableChars = 400;

    private static readonly HashSet<string> JunkTags =
    [
        "script", "style", "noscript", "template", "iframe", "object", "embed", "video", "audio", "canvas", "svg",
        "form", "button", "input", "select", "textarea", "figure", "figcaption", "picture", "img", "ins", "aside",
        "nav", "link", "meta", "zone",
    ];

    // class/id tokens, lower case without '-' and '_', that mark a box as junk when equal …
    private static readonly HashSet<string> JunkTokens =
    [
        "ad", "ads", "adv", "advs", "qc", "print", "toolbar", "rating", "poll", "social", "hidden", "hide",
        "noprint", "morenews", "listnews", "newslist",
    ];

    // … or when containing one of these (box_tinlienquan, PhotoCMS_Caption, box-embed-video, box_comment_vne, …).
    private static readonly string[] JunkParts =
    [
        "related", "relate", "lienquan", "comment", "binhluan", "share", "caption", "video", "embed", "player", "banner",
        "quangcao", "advert", "adsbygoogle", "sponsor", "readmore", "xemthem", "docthem", "newsletter", "subscribe",
        "breadcrumb",
    ];

    // VCCorp CMS objects (Tuổi Trẻ, Thanh Niên, Người Lao Động, Kênh 14, CafeF, …) name their kind in a type attribute.
    private static readonly HashSet<string> JunkTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "RelatedOneNews", "RelatedNewsBox", "RelatedNews", "VideoStream", "Video", "Photo", "PhotoGallery", "link",
        "SimpleQuote-Link",
    };

    /// <summary>Cleans the content element in place: the site's own junk selectors first, then the generic rules.</summary>
    public static void Clean(IElement root, string siteJunk)
    {
        if (siteJunk.Length > 0)
            foreach (var e in root.QuerySelectorAll(siteJunk)) e.Remove();
        Walk(root, guardArticle: false);
    }

    /// <summary>
    /// Cleans a whole page before the generic extractor scores it, so comment threads and related boxes cannot win.
    /// Boxes that hold the headline or an article element are kept whatever their class says.
    /// </summary>
    public static void PreClean(IElement body) => Walk(body, guardArticle: true);

    private static void Walk(IElement root, bool guardArticle)
    {
        var stack = new Stack<IElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var e = stack.Pop();
            // Children are copied first: removing one shifts the live list.
            foreach (var child in e.Children.ToArray())
            {
                if (IsJunk(child) && !(guardArticle && HoldsArticle(child))) child.Remove();
                else stack.Push(child);
            }
        }
    }

    private static bool HoldsArticle(IElement e) =>
        e.LocalName is "article" or "h1" || e.QuerySelector("h1, article, [itemprop='articleBody']") is not null;

    public static bool IsJunk(IElement e)
    {
        if (JunkTags.Contains(e.LocalName)) return true;
        if (e.HasAttribute("hidden") || e.GetAttribute("aria-hidden") == "true") return true;
        if (e.GetAttribute("style") is { } style && IsHiddenStyle(style)) return true;
        if (e.LocalName is "div" or "section" or "figure" && e.GetAttribute("type") is { } type && JunkTypes.Contains(type))
            return true;
        if (HasJunkToken(e.GetAttribute("class")) || HasJunkToken(e.GetAttribute("id"))) return true;
        return e.LocalName == "table" && e.QuerySelector("img, picture, video, iframe") is not null
               && e.TextContent.Length < MaxPhotoTableChars;
    }

    private static bool IsHiddenStyle(string style)
    {
        var compact = style.Replace(" ", "", StringComparison.Ordinal);
        return compact.Contains("display:none", StringComparison.OrdinalIgnoreCase)
               || compact.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }

    // Tag lists: tags, tags-container, detail-tag, item-tag, hashtag, tag-cotnent; but a "tagline" is a subtitle.
    private static bool IsTagBox(string token) =>
        token.EndsWith("tag", StringComparison.Ordinal) || token.EndsWith("tags", StringComparison.Ordinal)
        || (token.StartsWith("tag", StringComparison.Ordinal) && !token.StartsWith("tagline", StringComparison.Ordinal));

    private static bool HasJunkToken(string? value)
    {
        if (string.IsNullOrEmpty(value)) return false;
        foreach (var raw in value.Split(' ', '\t', '\n', '\r', '\f'))
        {
            if (raw.Length == 0) continue;
            var token = raw.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal)
                .ToLowerInvariant();
            if (JunkTokens.Contains(token) || IsTagBox(token)) return true;
            foreach (var part in JunkParts)
                if (token.Contains(part, StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
