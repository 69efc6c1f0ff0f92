using Bantin.Text.Lexicons;
using Bantin.Text.Sentences;
using Bantin.Text.Syllables;
using static Bantin.News.Structure.Learning.WordShape;

namespace Bantin.News.Structure.Learning;

/// <summary>
/// The features of one boundary candidate: the rules' verdict, the characters and word shapes on each side, the words
/// themselves (short ones only, folded to lower case with their case pattern kept apart), whether they are Vietnamese syllables or together a known word, and where
/// the candidate stands (fields found so far, length of the field so far, distance to the end). Hashed, no allocation.
/// </summary>
internal static class BoundaryFeatures
{
    /// <summary>Room for every feature of one candidate.</summary>
    public const int MaxCount = 48;

    /// <summary>Longer words are not used as lexical features (they are rare, and would only grow the model).</summary>
    private const int MaxWordLength = 14;

    /// <summary>
    /// Field lengths from 64 characters on are one bucket: training titles are short, real ones may run to a paragraph,
    /// and a long title must not look more ended than a short one.
    /// </summary>
    private const int MaxSegmentBucket = 7;

    // How far a token (up to the next space) is read on either side of the candidate, and back from the one before it.
    private const int MaxTokenChars = 40;

    // How far into the field so far its words are counted.
    private const int MaxSegmentScan = 2_000;

    /// <summary>Rule verdict codes: none, then the <see cref="GlueKind"/>s, a name pair, the weak title end.</summary>
    public static int Verdict(GluePoint? rule, bool weakTitle) =>
        rule is { } g ? g.NamePair ? 4 : 1 + (int)g.Kind : weakTitle ? 5 : 0;

    /// <summary>Writes the features of the candidate at <paramref name="i"/>; returns how many.</summary>
    /// <param name="fields">Fields already ended before <paramref name="i"/> (2 and more count as 2).</param>
    /// <param name="segmentStart">Where the current field began.</param>
    public static int Extract(BoundaryInput input, int i, int verdict, int fields, int segmentStart, Span<uint> f)
    {
        string t = input.Text;
        int n = 0;
        int field = Math.Min(fields, 2);
        char c0 = t[i], c1 = t[i - 1];
        int pair = Class(c1) << 8 | Class(c0);
        int wide = (i >= 2 ? Class(t[i - 2]) : 0) << 24 | pair << 8 | (i + 1 < t.Length ? Class(t[i + 1]) : 0);
        int segChars = Math.Min(Bucket(i - segmentStart), MaxSegmentBucket), toEnd = Bucket(t.Length - i);

        // Tokens (from the white space before to the white space after) and words (letters and digits) on each side.
        int lts = i;
        while (lts > segmentStart && lts > i - MaxTokenChars && !char.IsWhiteSpace(t[lts - 1])) lts--;
        int lwe = i;
        while (lwe > lts && !char.IsLetterOrDigit(t[lwe - 1])) lwe--;
        int lws = lwe;
        while (lws > lts && char.IsLetterOrDigit(t[lws - 1])) lws--;
        int rte = i;
        while (rte < t.Length && rte < i + MaxTokenChars && !char.IsWhiteSpace(t[rte])) rte++;
        int rws = i;
        while (rws < rte && !char.IsLetterOrDigit(t[rws])) rws++;
        int rwe = rws;
        while (rwe < rte && char.IsLetterOrDigit(t[rwe])) rwe++;
        var leftToken = t.AsSpan(lts, i - lts);
        var rightToken = t.AsSpan(i, rte - i);
        var leftWord = t.AsSpan(lws, lwe - lws);
        var rightWord = t.AsSpan(rws, rwe - rws);
        var leftPiece = LastPiece(leftWord);
        var rightPiece = FirstPiece(rightWord);
        var leftTail = t.AsSpan(lwe, i - lwe);

        f[n++] = FeatureHash.Of(Template.Bias);
        f[n++] = FeatureHash.Of(Template.Rule, verdict);
        f[n++] = FeatureHash.Of(Template.RuleByField, verdict << 4 | field);
        f[n++] = FeatureHash.Of(Template.RuleByPair, verdict << 16 | pair);
        f[n++] = FeatureHash.Of(Template.RuleByEnd, verdict << 8 | toEnd);
        f[n++] = FeatureHash.Of(Template.Pair, pair);
        f[n++] = FeatureHash.Of(Template.WidePair, wide);
        f[n++] = FeatureHash.Of(Template.PairByField, pair << 4 | field);
        // How long the field is so far tells a title or a sapo; the body's paragraphs are sentences in the training text
        // but hold several in most news, so there it would mislead.
        if (field < 2)
        {
            f[n++] = FeatureHash.Of(Template.RuleBySegment, verdict << 8 | segChars << 4 | field);
            f[n++] = FeatureHash.Of(Template.SegmentChars, segChars << 4 | field);
            f[n++] = FeatureHash.Of(Template.SegmentHasSentences, field << 1 | (input.HasSpacedSentence(segmentStart, i) ? 1 : 0));
        }
        f[n++] = FeatureHash.Of(Template.End, toEnd);

        if (leftWord.Length <= MaxWordLength) f[n++] = FeatureHash.Of(Template.LeftWord, Case(leftWord), leftWord);
        if (rightWord.Length <= MaxWordLength) f[n++] = FeatureHash.Of(Template.RightWord, Case(rightWord), rightWord);
        if (leftPiece.Length <= MaxWordLength) f[n++] = FeatureHash.Of(Template.LeftPiece, Case(leftPiece), leftPiece);
        if (rightPiece.Length <= MaxWordLength)
        {
            f[n++] = FeatureHash.Of(Template.RightPiece, Case(rightPiece), rightPiece);
            f[n++] = FeatureHash.Of(Template.RightPieceByField, field << 2 | Case(rightPiece), rightPiece);
            f[n++] = FeatureHash.Of(Template.RightPieceByEnd, toEnd << 2 | Case(rightPiece), rightPiece);
        }
        if (leftToken.Length <= 10) f[n++] = FeatureHash.Of(Template.LeftToken, Case(leftToken), leftToken);
        if (rightToken.Length <= 10) f[n++] = FeatureHash.Of(Template.RightToken, Case(rightToken), rightToken);
        if (leftPiece.Length <= MaxWordLength && rightPiece.Length <= MaxWordLength)
            f[n++] = FeatureHash.Of(Template.PiecePair, leftPiece, rightPiece);
        f[n++] = FeatureHash.Of(Template.LeftShape, Shape(leftToken));
        f[n++] = FeatureHash.Of(Template.RightShape, Shape(rightToken));
        f[n++] = FeatureHash.Of(Template.ShapePair, Shape(leftToken) << 12 | Shape(rightToken));
        f[n++] = FeatureHash.Of(Template.LeftTail, pair, leftTail.Length <= 4 ? leftTail : "…");

        bool leftSyllable = leftPiece.Length > 0 && SyllableParser.IsValid(leftPiece);
        bool rightSyllable = rightPiece.Length > 0 && SyllableParser.IsValid(rightPiece);
        f[n++] = FeatureHash.Of(Template.LeftSyllable, (leftSyllable ? 2 : 0) | (leftPiece.Length > 0 && char.IsUpper(leftPiece[0]) ? 1 : 0));
        f[n++] = FeatureHash.Of(Template.RightSyllable, (rightSyllable ? 2 : 0) | (rightPiece.Length > 0 && char.IsUpper(rightPiece[0]) ? 1 : 0));
        if (rightSyllable) f[n++] = FeatureHash.Of(Template.RightKnownSyllable, KnownWords.ContainsSyllable(rightPiece) ? 1 : 0);
        if (leftSyllable && rightSyllable && leftPiece.Length + rightPiece.Length < 30)
            f[n++] = FeatureHash.Of(Template.KnownPair, KnownWords.ContainsPair(leftPiece, rightPiece) ? 1 : 0);

        // A name around the candidate: "Taylor Swift|Taylor hẹn hò", "…Instagram|Olivia Culpo đăng quang".
        int before = lts - 1;
        while (before > segmentStart && char.IsWhiteSpace(t[before])) before--;
        int bs = before;
        while (bs > segmentStart && before - bs < MaxTokenChars && !char.IsWhiteSpace(t[bs - 1])) bs--;
        if (before > segmentStart) f[n++] = FeatureHash.Of(Template.LeftNameBefore, char.IsUpper(t[bs]) ? 1 : 0);
        int after = rte;
        while (after < t.Length && t[after] == ' ') after++;
        if (after < t.Length)
        {
            f[n++] = FeatureHash.Of(Template.RightNameAfter, char.IsUpper(t[after]) ? 1 : char.IsLower(t[after]) ? 2 : 3);
            f[n++] = FeatureHash.Of(Template.RightLowerAfter, pair << 2 | (char.IsUpper(t[after]) ? 1 : char.IsLower(t[after]) ? 2 : 3));
        }

        // The field so far: its first word when it is short (by-lines: "Theo Thu Hà|VietQ.vn"), whether it holds spaced
        // sentences (a paragraph, not a heading).
        int words = 1;
        // (read at most MaxSegmentScan characters: prose has its eight spaces long before; a run without any is no prose)
        for (int k = segmentStart; k < i && k < segmentStart + MaxSegmentScan && words <= 8; k++) if (t[k] == ' ') words++;
        int fwe = segmentStart;
        while (fwe < i && fwe - segmentStart <= MaxWordLength && char.IsLetter(t[fwe])) fwe++;
        if (words <= 8 && fwe - segmentStart <= MaxWordLength)
        {
            f[n++] = FeatureHash.Of(Template.FirstWord, words, t.AsSpan(segmentStart, fwe - segmentStart));
            f[n++] = FeatureHash.Of(Template.FirstWordByPair, pair, t.AsSpan(segmentStart, fwe - segmentStart));
        }
        f[n++] = FeatureHash.Of(Template.PairBySegmentWords, pair << 4 | Math.Min(words, 9));

        // A word run into another that the article also writes whole elsewhere is one word: "vắc xin AstraZeneca", "HDMon".
        if (lwe == i && rws == i && leftWord.Length > 0 && rightWord.Length > 0)
            f[n++] = FeatureHash.Of(Template.WordRepeats, pair << 1 | (RepeatedWords.OccursElsewhere(t, lws, rwe) ? 1 : 0));
        if (BoundaryCandidates.IsNoBreakSpace(c1)) f[n++] = FeatureHash.Of(Template.NoBreakSpace, input.NoBreakSpacesTell ? 1 : 0);
        if (c1 == '"') f[n++] = FeatureHash.Of(Template.QuoteCloses, input.Closing.Contains(i - 1) ? 1 : 0);
        if (c0 == '"') f[n++] = FeatureHash.Of(Template.QuoteOpens, input.Closing.Contains(i) ? 0 : 1);
        if (c1 == '.') f[n++] = FeatureHash.Of(Template.Abbreviation, SentenceSplitter.IsAbbreviationPeriod(t, i - 1) ? 1 : 0);
        return n;
    }
}
