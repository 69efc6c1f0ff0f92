namespace Bantin.Text.Sentences.Learning;

/// <summary>The feature templates of <see cref="SentenceFeatures"/>; the numbers are part of the model format.</summary>
internal enum SentenceTemplate
{
    Bias = 1,
    Rule, Terminator, TerminatorClosers,
    PreviousWord, NextWord, NextWordLower, PreviousShape, NextShape, Spaced, Quotes,
    TerminatorNextShape, ShapesTerminator, RuleTerminatorNextShape, PreviousWordNextShape, TerminatorNextWord,
    QuotesTerminatorClosers, Position, Remaining,
}
