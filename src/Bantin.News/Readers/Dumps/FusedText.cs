using System.Buffers;

namespace Bantin.News.Readers.Dumps;

/// <summary>
/// Cheap tests that decide whether a dump's body goes through structure recovery: a body on one line that shows the
/// trace of removed line breaks (a sentence glued to the next, <c>giao.Hai</c>), or, for a record without title and
/// sapo, a body whose first line reads like a title. Recovery itself decides where the fields are.
/// </summary>
internal static class FusedText
{
    /// <summary>A first line longer than this is a paragraph, not a title (Vietnamese headlines stay under ~150).</summary>
    private const int MaxTitleLength = 200;

    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\r\u2028\u2029");

    public static bool HasLineBreak(string text) => text.AsSpan().IndexOfAny(LineBreaks) >= 0;

    /// <summary>
    /// True when sentence-final punctuation after a lower-case letter or digit runs straight into a capitalised word
    /// ("giao.Hai", "2020.Theo"). "TP.Hồ" and "U.S." do not count (upper case before the point).
    /// </summary>
    public static bool LooksFused(string text)
    {
        var s = text.AsSpan();
        for (int i = s.IndexOfAny('.', '!', '?'); i >= 0 && i + 2 < s.Length;)
        {
            if (i > 0 && (char.IsLower(s[i - 1]) || char.IsDigit(s[i - 1])) && char.IsUpper(s[i + 1]) && char.IsLower(s[i + 2]))
                return true;
            int next = s[(i + 1)..].IndexOfAny('.', '!', '?');
            i = next < 0 ? -1 : i + 1 + next;
        }
        return false;
    }

    /// <summary>
    /// True when a body is a whole article: fused on one line, or lines whose first is short and does not end a
    /// sentence (a headline), as in VNTC. A first line that ends with a full stop is a lead, not a title.
    /// </summary>
    public static bool LooksLikeWholeArticle(string body)
    {
        if (!HasLineBreak(body)) return LooksFused(body);
        int lines = 0;
        ReadOnlySpan<char> first = default;
        foreach (var line in body.AsSpan().EnumerateLines())
        {
            if (line.IsWhiteSpace()) continue;
            if (lines++ == 0) first = line.Trim();
            else break;
        }
        return lines >= 2 && first.Length <= MaxTitleLength && !first.EndsWith('.') && !first.EndsWith(':');
    }
}
