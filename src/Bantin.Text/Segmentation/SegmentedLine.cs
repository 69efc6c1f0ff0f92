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
            AppendWord(output, line.AsSpan(start, end - start));
            cursor = end;
        }
        AppendLeftovers(output, line.AsSpan(cursor));
        return output.ToString();
    }

    /// <summary>A word as written, its inner white space turned into <c>_</c>.</summary>
    private static void AppendWord(StringBuilder output, ReadOnlySpan<char> word)
    {
        word = word.Trim();
        if (word.IsEmpty) return;
        if (output.Length > 0) output.Append(' ');
        bool inSpace = false;
        foreach (char c in word)
        {
            if (char.IsWhiteSpace(c)) { inSpace = true; continue; }
            if (inSpace) { output.Append('_'); inSpace = false; }
            output.Append(c);
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
