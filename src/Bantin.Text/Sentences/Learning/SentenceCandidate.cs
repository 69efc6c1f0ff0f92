namespace Bantin.Text.Sentences.Learning;

/// <summary>
/// A place where a sentence may end: the terminators text[Mark..TerminatorEnd), closing quotes or brackets up to
/// <see cref="End"/>, and, after spaces, more text on the same line at <see cref="Next"/>. <see cref="Rule"/> is what
/// the hand-written rules say.
/// </summary>
internal readonly record struct SentenceCandidate(int LineStart, int Mark, int TerminatorEnd, int End, int Next, bool Rule, int StraightQuotes, bool CurlyQuoteOpen);
