using Bantin.Search.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Bantin.Search.Searching;

/// <summary>
/// Picks the passage of an article where the query matches best and marks the matches. The stored text is analyzed
/// again with the index's analyzer, so a match is exactly what the index matched (folded, accented or joined forms),
/// and its offsets are the analyzer's offsets into the stored text.
/// </summary>
public static class Snippets
{
    public const int Length = 200;


    /// <summary>The best window of <paramref name="text"/> for the query terms; the text's start when nothing matches.</summary>
    public static (string Snippet, IReadOnlyList<Highlight> Highlights, int Matches) Make(string text, IReadOnlySet<string> terms, int length = Length)
    {
        if (text.Length == 0) return ("", [], 0);
        var matches = new List<(int Start, int End, string Term)>();
        using (var stream = VietnameseAnalyzer.SyllablesOnly.GetTokenStream("snippet", text))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                var value = term.ToString();
                if (!terms.Contains(value)) continue;
                if (matches.Count > 0 && matches[^1].Start == offset.StartOffset && matches[^1].End >= offset.EndOffset) continue;
                matches.Add((offset.StartOffset, offset.EndOffset, value));
            }
            stream.End();
        }
        if (matches.Count == 0) return (Cut(text, 0, length, out _, out _), [], 0);

        // The window (starting at a match) with the most distinct terms, then the most matches; the earliest on ties.
        int bestStart = 0, bestDistinct = -1, bestCount = -1;
        for (int i = 0; i < matches.Count; i++)
        {
            int limit = matches[i].Start + length;
            var distinct = new HashSet<string>();
            int count = 0;
            for (int j = i; j < matches.Count && matches[j].End <= limit; j++) { distinct.Add(matches[j].Term); count++; }
            if (distinct.Count > bestDistinct || (distinct.Count == bestDistinct && count > bestCount))
            {
                bestStart = matches[i].Start;
                bestDistinct = distinct.Count;
                bestCount = count;
            }
        }
        int start = WindowStart(text, bestStart, length);
        var snippet = Cut(text, start, length, out int cut, out int prefix);
        var highlights = new List<Highlight>();
        foreach (var (s, e, _) in matches)
        {
            if (s < start || e > start + cut) continue;
            var h = new Highlight(s - start + prefix, e - start + prefix);
            // Neighbouring matches separated only by white space read as one ("[liên doanh]", not "[liên] [doanh]").
            if (highlights.Count > 0 && snippet.AsSpan(Math.Min(highlights[^1].End, h.Start), Math.Max(0, h.Start - highlights[^1].End)).IsWhiteSpace())
                highlights[^1] = highlights[^1] with { End = Math.Max(h.End, highlights[^1].End) };
            else highlights.Add(h);
        }
        return (snippet, highlights, bestCount);
    }

    /// <summary>Backs up from the first match to a sentence start or a word boundary, at most a third of the window.</summary>
    private static int WindowStart(string text, int match, int length)
    {
        int min = Math.Max(0, match - length / 3);
        for (int i = match; i > min; i--)
            if (text[i - 1] == '\n' || (i >= 2 && text[i - 1] == ' ' && text[i - 2] is '.' or '!' or '?' or '\n')) return i;
        if (match - min < 20) return min == 0 ? 0 : NextSpace(text, min);
        return NextSpace(text, match - 20);
    }

    private static int NextSpace(string text, int i)
    {
        while (i > 0 && i < text.Length && !char.IsWhiteSpace(text[i - 1])) i++;
        return Math.Min(i, text.Length);
    }

    /// <summary>Up to <paramref name="length"/> characters from <paramref name="start"/>, ending at a word boundary, with ellipses where cut.</summary>
    /// <param name="prefix">1 when an ellipsis was put before the text (highlight offsets shift by it), else 0.</param>
    private static string Cut(string text, int start, int length, out int taken, out int prefix)
    {
        int end = Math.Min(text.Length, start + length);
        if (end < text.Length)
        {
            int space = text.LastIndexOf(' ', end - 1, end - start);
            if (space > start + length / 2) end = space;
            else if (char.IsHighSurrogate(text[end - 1])) end--; // never split a surrogate pair
        }
        taken = end - start;
        prefix = start > 0 ? 1 : 0;
        var body = text[start..end].Replace('\n', ' ');
        return (prefix == 1 ? "…" : "") + body + (end < text.Length ? "…" : "");
    }
}
