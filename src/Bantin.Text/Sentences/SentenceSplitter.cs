using Bantin.Text.Syllables;

namespace Bantin.Text.Sentences;

/// <summary>
/// Splits text into sentences. A line break always ends one. Inside a line, <c>. ! ? …</c> end a sentence when
/// what follows starts one (a capital, an opening quote or bracket, a digit), unless the full stop belongs to an
/// abbreviation (<c>TP. HCM</c>, <c>GS.</c>), an initial (<c>J. Smith</c>) or a number. Glued boundaries
/// (<c>giao.Hai</c>) count. Allocation-free apart from the output list; thread-safe.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>The sentences of <paramref name="text"/>.</summary>
    public static List<SentenceSpan> Split(ReadOnlySpan<char> text)
    {
        var list = new List<SentenceSpan>();
        Split(text, list);
        return list;
    }

    /// <summary>Appends the sentences of <paramref name="text"/> to <paramref name="output"/>.</summary>
    public static void Split(ReadOnlySpan<char> text, List<SentenceSpan> output)
    {
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (IsLineBreak(c))
            {
                Add(text, start, i, output);
                start = i + 1;
                continue;
            }
            if (VietLetters.IsUpper(c) && BoundaryRules.IsGluedHeading(text, i))
            {
                Add(text, start, i, output);
                start = i;
                continue;
            }
            if (!IsTerminator(c)) continue;
            int end = i + 1;
            while (end < text.Length && (IsTerminator(text[end]) || text[end] == '.')) end++;
            while (end < text.Length && IsCloser(text[end])) end++;
            if (BoundaryRules.IsBoundary(text, i, ref end))
            {
                Add(text, start, end, output);
                start = end;
            }
            i = end - 1;
        }
        Add(text, start, text.Length, output);
    }

    private static void Add(ReadOnlySpan<char> text, int start, int end, List<SentenceSpan> output)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) output.Add(new SentenceSpan(start, end - start));
    }

    /// <summary>
    /// True when the full stop at <paramref name="period"/> closes an abbreviation a name follows (<c>TP.</c>, <c>GS.</c>,
    /// <c>Q.</c>) or a name's initial (<c>Lê Hoài B.</c>, <c>M. Pence</c>), so it does not end a sentence.
    /// </summary>
    public static bool IsAbbreviationPeriod(ReadOnlySpan<char> text, int period) =>
        period >= 0 && period < text.Length && text[period] == '.' && AbbreviationRules.IsPrefixBefore(text, period);

    /// <summary>Start of the (possibly dotted) word before the full stop at <paramref name="period"/>: "TP.HCM", "v.v", "T".</summary>
    public static int AbbreviationStart(ReadOnlySpan<char> text, int period) => AbbreviationRules.WordStart(text, period);

    internal static bool IsTerminator(char c) => c is '.' or '!' or '?' or '…';
    internal static bool IsCloser(char c) => c is '"' or '”' or '’' or '\'' or ')' or ']' or '»' or '}';
    internal static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085';
}
