using Bantin.Text.Tokens;

namespace Bantin.Text.Segmentation;

/// <summary>A unit the segmenter joins into words: a span of the text.</summary>
internal readonly record struct SegmentUnit(int Start, int Length)
{
    public int End => Start + Length;
}

/// <summary>Turns pre-tokenizer tokens into segmentation units (also what the search analyzer indexes per position).</summary>
public static class SegmentUnits
{
    /// <summary>
    /// One unit per token, with the treebank's conventions: amounts and abbreviations that contain a space
    /// (<c>500 triệu USD</c>, <c>TP. HCM</c>) are split at their spaces, so number, scale and currency, or
    /// <c>TP.</c> and <c>HCM</c>, are units of their own; an initial keeps its period (<c>Nguyễn Văn H.</c>). Dates,
    /// times and percents that contain a space (<c>26 - 28/6</c>) stay one unit.
    /// </summary>
    internal static List<SegmentUnit> FromTokens(string text, IReadOnlyList<Token> tokens)
    {
        var units = new List<SegmentUnit>(tokens.Count + 8);
        for (int t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            if (SplitsAtSpaces(text, token))
            {
                foreach (var (s, e) in Pieces(text, token)) units.Add(new SegmentUnit(s, e - s));
                continue;
            }
            if (IsInitial(text, token) && t + 1 < tokens.Count && tokens[t + 1].Start == token.End && text[token.End] == '.'
                && tokens[t + 1].Length == 1)
            {
                units.Add(new SegmentUnit(token.Start, token.Length + 1));
                t++;
                continue;
            }
            units.Add(new SegmentUnit(token.Start, token.Length));
        }
        return units;
    }

    /// <summary>One capital letter (<c>H</c> of <c>Nguyễn Văn H.</c>).</summary>
    private static bool IsInitial(string text, Token token) => token.Length == 1 && char.IsUpper(text[token.Start]);

    /// <summary>True for an amount or abbreviation with a space inside (<c>500 triệu USD</c>, <c>TP. HCM</c>).</summary>
    private static bool SplitsAtSpaces(string text, Token token) =>
        token.Kind is TokenKind.Amount or TokenKind.Abbreviation && text.AsSpan(token.Start, token.Length).ContainsAny(' ', '\u00A0');

    /// <summary>
    /// The spans of a token that are units of their own, as (start, end): the pieces between its spaces for an amount
    /// or a spaced abbreviation, the whole token otherwise.
    /// </summary>
    public static IEnumerable<(int Start, int End)> Pieces(string text, Token token)
    {
        if (!SplitsAtSpaces(text, token))
        {
            yield return (token.Start, token.End);
            yield break;
        }
        int i = token.Start, end = token.End;
        while (i < end)
        {
            while (i < end && char.IsWhiteSpace(text[i])) i++;
            int s = i;
            while (i < end && !char.IsWhiteSpace(text[i])) i++;
            if (i > s) yield return (s, i);
        }
    }

    /// <summary>
    /// Where the chunk starting at <paramref name="start"/> ends: after the last punctuation-like unit within
    /// <paramref name="max"/> units (a place where no word can span), or at <paramref name="max"/> units.
    /// </summary>
    internal static int ChunkEnd(string text, List<SegmentUnit> units, int start, int max)
    {
        int limit = Math.Min(units.Count, start + max);
        if (limit == units.Count) return limit;
        for (int j = limit - 1; j > start + max / 2; j--)
            if (UnitShapes.IsBreak(UnitShapes.Of(text.AsSpan(units[j].Start, units[j].Length)))) return j + 1;
        return limit;
    }
}
