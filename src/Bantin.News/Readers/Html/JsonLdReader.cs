using System.Text.Json;
using AngleSharp.Dom;

namespace Bantin.News.Readers.Html;

/// <summary>
/// Reads <c>&lt;script type="application/ld+json"&gt;</c> blocks. Sites ship broken JSON-LD (raw line breaks in
/// strings, trailing commas, several objects in one script); a block that does not parse is skipped, never fatal.
/// </summary>
internal static class JsonLdReader
{
    /// <summary>A JSON-LD block bigger than this is a data dump (product lists, whole comment threads), not metadata.</summary>
    public const int MaxBlockChars = 256 * 1024;

    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 32,
    };

    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting", "OpinionNewsArticle",
        "LiveBlogPosting",
    };

    private static readonly HashSet<string> BreadcrumbTypes = new(StringComparer.OrdinalIgnoreCase) { "BreadcrumbList" };

    public static JsonLd Read(IDocument document)
    {
        var result = JsonLd.Empty;
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            var text = script.TextContent;
            if (text.Length > MaxBlockChars) continue;
            try
            {
                using var json = JsonDocument.Parse(text, Options);
                result = Visit(json.RootElement, result);
            }
            catch (JsonException)
            {
                // broken block: the page's other metadata still counts
            }
        }
        return result;
    }

    private static JsonLd Visit(JsonElement e, JsonLd found)
    {
        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray()) found = Visit(item, found);
            return found;
        }
        if (e.ValueKind != JsonValueKind.Object) return found;
        if (e.TryGetProperty("@graph", out var graph)) found = Visit(graph, found);
        if (HasType(e, BreadcrumbTypes) && found.Breadcrumb.Count == 0) return found with { Breadcrumb = Crumbs(e) };
        if (!HasType(e, ArticleTypes) || found.Headline is not null) return found;
        return found with
        {
            Headline = Text(e, "headline") ?? Text(e, "name"),
            DatePublished = Text(e, "datePublished") ?? Text(e, "uploadDate"),
            Author = Name(e, "author"),
            Section = Text(e, "articleSection"),
            Publisher = Name(e, "publisher"),
            Url = Text(e, "url") ?? Name(e, "mainEntityOfPage", "@id"),
        };
    }

    private static IReadOnlyList<string> Crumbs(JsonElement list)
    {
        if (!list.TryGetProperty("itemListElement", out var items) || items.ValueKind != JsonValueKind.Array) return [];
        var names = new List<string>();
        foreach (var item in items.EnumerateArray())
        {
            var name = Text(item, "name") ?? Name(item, "item");
            if (!string.IsNullOrWhiteSpace(name)) names.Add(name);
        }
        return names;
    }

    private static bool HasType(JsonElement e, HashSet<string> types)
    {
        if (!e.TryGetProperty("@type", out var t)) return false;
        if (t.ValueKind == JsonValueKind.String) return types.Contains(t.GetString()!);
        if (t.ValueKind != JsonValueKind.Array) return false;
        foreach (var x in t.EnumerateArray())
            if (x.ValueKind == JsonValueKind.String && types.Contains(x.GetString()!)) return true;
        return false;
    }

    private static string? Text(JsonElement e, string property)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(property, out var v)) return null;
        if (v.ValueKind == JsonValueKind.Array && v.GetArrayLength() > 0) v = v[0];
        return v.ValueKind == JsonValueKind.String ? v.GetString() : null;
    }

    // "author": "A", {"name": "A"} or [{"name": "A"}, …]; several authors are joined as a by-line writes them.
    private static string? Name(JsonElement e, string property, string key = "name")
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(property, out var v)) return null;
        if (v.ValueKind == JsonValueKind.String) return v.GetString();
        if (v.ValueKind == JsonValueKind.Object) return Text(v, key);
        if (v.ValueKind != JsonValueKind.Array) return null;
        var names = v.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.String ? x.GetString() : Text(x, key))
            .Where(n => !string.IsNullOrWhiteSpace(n)).ToList();
        return names.Count == 0 ? null : string.Join(", ", names);
    }
}
