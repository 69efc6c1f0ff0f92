using System.Text;
using Bantin.Text.Normalization;
using Bantin.Text.Tokens;

namespace Bantin.Text.Segmentation;

/// <summary>
/// The underscore form of a raw line: words separated by one space, units of a word joined by <c>_</c>
/// (<c>Liên_doanh sản_xuất ôtô đầu_tiên .</c>). The words are found in the normalized line, then cut out of the line
/// as given: every character of the input except white space appears in the output, in order — even characters
/// normalization drops (zero-width marks) or replaces (decomposed letters), which stay as written.
/// </summary>
public static class SegmentedLine
{
    public static string Format(string line, TextNormalizer normalizer, WordSegmenter segmenter)
    {
        ArgumentNullException.ThrowIfNull(line);
        var normalized = normalizer.Normalize(line);
        var text = normalized.Text;
        var words = segmenter.Segment(text, Tokenizer.Tokenize(text));
        var output = new StringBuilder(line.Length + 8);
        int cursor = 0;
        foreach (var word in words)
        {
            int start = Math.Max(cursor, normalized.Map.ToOriginalStart(word.Start));
            int end = Math.Max(start, normalized.Map.ToOriginalEnd(word.End));
            AppendLeftovers(output, line.AsSpan(cursor, start - cursor));
            if (output.Length > 0) output.Append(' ');
            AppendWord(output, line, normalized, word, start, end);
            cursor = end;
        }
        AppendLeftovers(output, line.AsSpan(cursor));
        return output.ToString();
    }

    /// <summary>
    /// A word as written: the pieces between its spaces in the normalized text are joined by <c>_</c>; white space
    /// inside a piece is space normalization removed (<c>l iên</c> → <c>liên</c>) and is dropped.
    /// </summary>
    private static void AppendWord(StringBuilder output, string line, NormalizedText normalized, Word word, int start, int end)
    {
        var text = normalized.Text;
        int pieceStart = word.Start;
        int from = start;
        for (int i = word.Start; i <= word.End; i++)
        {
            if (i < word.End && !char.IsWhiteSpace(text[i])) continue;
            if (i > pieceStart)
            {
                int to = i == word.End ? end : Math.Clamp(normalized.Map.ToOriginalEnd(i), from, end);
                if (from > start) output.Append('_');
                foreach (char c in line.AsSpan(from, to - from))
                    if (!char.IsWhiteSpace(c)) output.Append(c);
                from = to;
            }
            pieceStart = i + 1;
        }
    }

    /// <summary>Input between words that normalization removed (white space aside): kept, as separate tokens.</summary>
    private static void AppendLeftovers(StringBuilder output, ReadOnlySpan<char> gap)
    {
        for (int i = 0; i < gap.Length;)
        {
            while (i < gap.Length && char.IsWhiteSpace(gap[i])) i++;
            int start = i;
            while (i < gap.Length && !char.IsWhiteSpace(gap[i])) i++;
            if (i == start) continue;
            if (output.Length > 0) output.Append(' ');
            output.Append(gap[start..i]);
        }
    }
}
