namespace Bantin.Text.Normalization;

/// <summary>
/// One change made (or, for <see cref="ChangeKind.GluedSentence"/>, one finding reported) by normalization.
/// <see cref="Start"/>/<see cref="Length"/> point into the text the user gave (UTF-16 offsets);
/// use <see cref="NormalizedText.Map"/> to go from normalized offsets back to it.
/// </summary>
public readonly record struct TextChange(ChangeKind Kind, int Start, int Length, string Original, string Replacement);
