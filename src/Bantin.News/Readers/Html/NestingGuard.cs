namespace Bantin.News.Readers.Html;

/// <summary>
/// Estimates how deep a page's elements nest, before parsing. AngleSharp's tree builder slows down quadratically with
/// depth (40,000 nested &lt;div&gt;s take seconds, 100,000 half a minute), so a page nested deeper than
/// <see cref="MaxDepth"/> is refused instead of parsed. Counts start tags minus end tags, leaving out void elements,
/// elements whose end tag is optional (sloppy pages leave hundreds of &lt;p&gt;s and &lt;li&gt;s open), comments and
/// the insides of script, style, textarea and title. Counted as the parser will see them: <c>&lt;div/&gt;</c> opens a
/// div (the slash means something only inside svg and math), an end tag closes only an element of its name that is
/// open (a stray <c>&lt;/x&gt;</c> is ignored), and noscript holds markup (AngleSharp parses without scripting).
/// </summary>
internal static class NestingGuard
{
    /// <summary>
    /// Real news pages nest 20 to 60 deep; old pages with unclosed &lt;font&gt; tags a few hundred. Parsing this deep
    /// costs tens of milliseconds.
    /// </summary>
    public const int MaxDepth = 2048;

    private static readonly HashSet<string> NotCounted = new(StringComparer.OrdinalIgnoreCase)
    {
        // void elements
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "basefont", "bgsound", "frame", "keygen",
        // optional end tags
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot", "colgroup", "caption",
        "rp", "rt", "html", "head", "body",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotCountedSpan =
        NotCounted.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] RawText = ["script", "style", "textarea", "title", "xmp"];

    /// <summary>True when the estimated depth stays within <see cref="MaxDepth"/>.</summary>
    public static bool IsShallow(ReadOnlySpan<char> html)
    {
        int depth = 0, foreign = 0;
        var open = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var openByName = open.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int i = html.IndexOf('<'); i >= 0 && i < html.Length - 1;)
        {
            var rest = html[(i + 1)..];
            if (rest.StartsWith("!--"))
            {
                int end = rest.IndexOf("-->");
                if (end < 0) break;
                i = Next(html, i + 1 + end + 3);
                continue;
            }
            bool closing = rest[0] == '/';
            var name = TagName(closing ? rest[1..] : rest);
            if (name.IsEmpty)
            {
                i = Next(html, i + 1);
                continue;
            }
            int close = rest.IndexOf('>');
            if (close < 0) break;
            bool foreignRoot = name.Equals("svg", StringComparison.OrdinalIgnoreCase) || name.Equals("math", StringComparison.OrdinalIgnoreCase);
            bool selfClosing = close > 0 && rest[close - 1] == '/' && (foreign > 0 || foreignRoot);
            i = i + 1 + close + 1;
            if (closing)
            {
                if (!NotCountedSpan.Contains(name) && openByName.TryGetValue(name, out int count) && count > 0)
                {
                    openByName[name] = count - 1;
                    depth--;
                    if (foreignRoot) foreign--;
                }
            }
            else if (IsRawText(name))
            {
                // Skip to the matching end tag: "<div>" inside a script is text.
                var tail = html[i..];
                int end = tail.IndexOf(("</" + name.ToString()).AsSpan(), StringComparison.OrdinalIgnoreCase);
                if (end < 0) break;
                i += end;
            }
            else if (!selfClosing && !NotCountedSpan.Contains(name))
            {
                openByName[name] = openByName.TryGetValue(name, out int count) ? count + 1 : 1;
                if (foreignRoot) foreign++;
                if (++depth > MaxDepth) return false;
            }
            i = Next(html, i);
        }
        return true;
    }

    private static int Next(ReadOnlySpan<char> html, int from)
    {
        if (from >= html.Length) return -1;
        int k = html[from..].IndexOf('<');
        return k < 0 ? -1 : from + k;
    }

    private static ReadOnlySpan<char> TagName(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty || !char.IsAsciiLetter(s[0])) return default;
        int n = 1;
        while (n < s.Length && (char.IsAsciiLetterOrDigit(s[n]) || s[n] is '-' or ':' or '_')) n++;
        return s[..n];
    }

    private static bool IsRawText(ReadOnlySpan<char> name)
    {
        foreach (var raw in RawText)
            if (name.Equals(raw, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
