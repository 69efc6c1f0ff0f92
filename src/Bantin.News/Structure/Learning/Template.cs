namespace Bantin.News.Structure.Learning;

/// <summary>The feature templates of <see cref="BoundaryFeatures"/>; the numbers are part of the model format.</summary>
internal enum Template
{
    Bias = 1,
    Rule, RuleByField, RuleByPair, RuleBySegment, RuleByEnd,
    Pair, WidePair, PairByField, PairBySegmentWords,
    LeftWord, RightWord, LeftPiece, RightPiece, LeftToken, RightToken, PiecePair,
    LeftShape, RightShape, ShapePair, LeftTail,
    LeftSyllable, RightSyllable, RightKnownSyllable, KnownPair,
    LeftNameBefore, RightNameAfter, RightLowerAfter,
    FirstWord, FirstWordByPair, RightPieceByField, RightPieceByEnd,
    NoBreakSpace, QuoteCloses, QuoteOpens, Abbreviation,
    SegmentHasSentences, SegmentChars, End,
    WordRepeats,
}
