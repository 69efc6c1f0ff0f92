using Bantin.Text.Learning;
using T = Bantin.Text.Sentences.Learning.SentenceTemplate;

namespace Bantin.Text.Sentences.Learning;

/// <summary>
/// The features of a <see cref="SentenceCandidate"/>: the rules' decision, the terminator and closers, the words on
/// both sides (as written, lower-cased and by shape), quotes left open, and where on its line the candidate is.
/// Computed into a caller's buffer without allocating.
/// </summary>
internal static class SentenceFeatures
{
    public const int Count = 19;

    // Words are read at most this far from the candidate, so a long run without spaces costs no more than a short one.
    private const int MaxWord = 40;

    // Shapes: empty, digit, all capitals, capitalised, lower case; anything else is 0x100 + its first character.
    private const int Empty = 1, Digit = 2, Capitals = 3, Capitalised = 4, Lower = 5;

    public static void Compute(ReadOnlySpan<char> text, in SentenceCandidate c, Span<uint> f)
    {
        var terminator = text[c.Mark..c.TerminatorEnd];
        if (terminator.Length >= 2 && !terminator.ContainsAnyExcept('.')) terminator = "...";
        else if (terminator.Length > 4) terminator = terminator[..4];
        var closers = text[c.TerminatorEnd..c.End];

        int wordStart = c.Mark, wordLimit = Math.Max(c.LineStart, c.Mark - MaxWord);
        while (wordStart > wordLimit && !char.IsWhiteSpace(text[wordStart - 1])) wordStart--;
        var previous = text[wordStart..c.Mark];
        int coreStart = 0;
        while (coreStart < previous.Length && !char.IsLetterOrDigit(previous[coreStart]) && previous[coreStart] != '_') coreStart++;
        var core = previous[coreStart..];

        int next = c.Next;
        bool spaced = next > c.End;
        int nextEnd = next, nextLimit = Math.Min(text.Length, next + MaxWord);
        while (nextEnd < nextLimit && !char.IsWhiteSpace(text[nextEnd])) nextEnd++;
        var following = text[next..nextEnd];

        int rule = c.Rule ? 1 : 0;
        int previousShape = Shape(core) << 3 | Math.Min(core.Length, 4);
        int nextShape = Shape(following);
        int quotes = (c.StraightQuotes & 1) << 1 | (c.CurlyQuoteOpen ? 1 : 0);
        int remaining = 0;
        for (int k = c.End; k < text.Length && remaining < 200 && !SentenceSplitter.IsLineBreak(text[k]); k++) remaining++;

        f[0] = FeatureHash.Of((int)T.Bias);
        f[1] = FeatureHash.Of((int)T.Rule, rule);
        f[2] = FeatureHash.Of((int)T.Terminator, terminator);
        f[3] = FeatureHash.Of((int)T.TerminatorClosers, terminator, closers);
        f[4] = FeatureHash.Of((int)T.PreviousWord, previous);
        f[5] = FeatureHash.AddExact(FeatureHash.Of((int)T.NextWord), following);
        f[6] = FeatureHash.Of((int)T.NextWordLower, following);
        f[7] = FeatureHash.Of((int)T.PreviousShape, previousShape);
        f[8] = FeatureHash.Of((int)T.NextShape, nextShape);
        f[9] = FeatureHash.Of((int)T.Spaced, spaced ? 1 : 0);
        f[10] = FeatureHash.Of((int)T.Quotes, quotes);
        f[11] = FeatureHash.Of((int)T.TerminatorNextShape, nextShape << 1 | (spaced ? 1 : 0), terminator);
        f[12] = FeatureHash.Of((int)T.ShapesTerminator, previousShape << 12 | nextShape, terminator);
        f[13] = FeatureHash.Of((int)T.RuleTerminatorNextShape, nextShape << 1 | rule, terminator);
        f[14] = FeatureHash.Of((int)T.PreviousWordNextShape, nextShape, previous);
        f[15] = FeatureHash.AddExact(FeatureHash.Of((int)T.TerminatorNextWord, terminator), following);
        f[16] = FeatureHash.Of((int)T.QuotesTerminatorClosers, quotes, terminator, closers);
        f[17] = FeatureHash.Of((int)T.Position, Math.Min((c.Mark - c.LineStart) / 40, 5));
        f[18] = FeatureHash.Of((int)T.Remaining, Math.Min(remaining / 40, 5));
    }

    private static int Shape(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty) return Empty;
        char c = word[0];
        if (char.IsDigit(c)) return Digit;
        if (char.IsUpper(c)) return word.Length > 1 && char.IsUpper(word[1]) ? Capitals : Capitalised;
        if (char.IsLower(c)) return Lower;
        return 0x100 + c;
    }
}
