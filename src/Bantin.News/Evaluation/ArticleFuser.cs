using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Bantin.Text.Evaluation;

namespace Bantin.News.Evaluation;

/// <summary>
/// Fuses gold articles the way the seeds are fused, exactly as <c>tools/fuse_eval.py fuse</c> does (same order, same
/// seeded noise), so <c>bantin eval read</c> and the reference scorer judge the same texts: title + sapo + body lines +
/// by-line concatenated with no separator; with noise, one span of three words decomposed (NFD), a doubled space and a
/// space before a comma in some parts, a no-break space after the sapo.
/// </summary>
public static partial class ArticleFuser
{
    public const int DefaultSeed = 7;

    /// <param name="headsFromLines">Sources (the records' <c>source</c>) whose records without title and sapo take them from
    /// their first two body lines, when at least two more follow: VNTC's VnExpress files (title, lead, paragraphs, one per
    /// line), read as the <c>id/title/sapo/body</c> file a converter would write from them.</param>
    public static IEnumerable<FusedArticle> FromJsonl(string path, bool noise, int limit = int.MaxValue, int seed = DefaultSeed,
        IReadOnlySet<string>? headsFromLines = null)
    {
        var rnd = new PythonRandom((uint)seed);
        int n = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (n >= limit) yield break;
            if (line.Length == 0) continue;
            using var doc = JsonDocument.Parse(line);
            var a = doc.RootElement;
            string title = Str(a, "title"), sapo = Str(a, "sapo");
            var body = Lines(a);
            if (title.Length == 0 && sapo.Length == 0 && headsFromLines?.Contains(Str(a, "source")) == true)
                (title, sapo, body) = HeadsFromLines(body);
            if (title.Length == 0 || sapo.Length == 0 || body.Count == 0) continue;
            string? author = a.TryGetProperty("author", out var au) && au.ValueKind == JsonValueKind.String && au.GetString()!.Length > 0
                ? au.GetString() : null;
            var parts = new List<string> { title, sapo };
            parts.AddRange(body);
            if (author is not null) parts.Add(author);
            if (noise) AddNoise(parts, rnd);
            string id = UnsafeIdChars().Replace(Str(a, "id"), "_");
            var cuts = new int[parts.Count - 1];
            for (int k = 0, end = 0; k < cuts.Length; k++) cuts[k] = end += parts[k].Length;
            yield return new FusedArticle(id, string.Concat(parts), title, sapo, body, author) { Cuts = cuts };
            n++;
        }
    }

    private static (string Title, string Sapo, List<string> Body) HeadsFromLines(List<string> lines)
    {
        var trimmed = lines.Select(l => l.Trim()).ToList();
        return trimmed.Count >= 4 ? (trimmed[0], trimmed[1], trimmed[2..]) : ("", "", []);
    }

    private static void AddNoise(List<string> parts, PythonRandom rnd)
    {
        int i = rnd.RandRange(parts.Count);
        var w = parts[i].Split(' ');
        if (w.Length > 4)
        {
            int j = rnd.RandRange(w.Length - 3);
            for (int k = j; k < j + 3; k++) w[k] = w[k].Normalize(NormalizationForm.FormD);
            parts[i] = string.Join(' ', w);
        }
        for (int k = 0; k < parts.Count; k++)
        {
            if (rnd.Random() < 0.3) parts[k] = ReplaceFirst(parts[k], " ", "  ");
            if (rnd.Random() < 0.2) parts[k] = ReplaceFirst(parts[k], ",", " ,");
        }
        if (rnd.Random() < 0.3) parts[1] += "\u00A0";
    }

    private static string ReplaceFirst(string s, string find, string replacement)
    {
        int i = s.IndexOf(find, StringComparison.Ordinal);
        return i < 0 ? s : string.Concat(s.AsSpan(0, i), replacement, s.AsSpan(i + find.Length));
    }

    private static string Str(JsonElement a, string name) =>
        a.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";

    /// <summary>Python's <c>lines(body)</c>: list items, or the string's lines, that are not blank.</summary>
    private static List<string> Lines(JsonElement a)
    {
        if (!a.TryGetProperty("body", out var body)) return [];
        if (body.ValueKind == JsonValueKind.Array)
            return [.. body.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)
                .Where(s => !string.IsNullOrWhiteSpace(s))];
        return body.ValueKind == JsonValueKind.String
            ? [.. body.GetString()!.Split('\n').Where(s => !string.IsNullOrWhiteSpace(s))]
            : [];
    }

    [GeneratedRegex("[^A-Za-z0-9_.-]")]
    private static partial Regex UnsafeIdChars();
}
