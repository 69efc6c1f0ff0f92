using Bantin.Text.Normalization;

namespace Bantin.News.Readers.Html;

/// <summary>
/// One field as the page had it (<see cref="Raw"/>: text content, HTML whitespace collapsed) and as the article gets it
/// (<see cref="Text"/>: normalized, trimmed, possibly with a label cut off). <see cref="Changes"/> point into Raw.
/// </summary>
internal sealed class FieldText
{
    private readonly NormalizedText _normalized;

    private FieldText(string raw, NormalizedText normalized, string text)
    {
        Raw = raw;
        _normalized = normalized;
        Text = text;
    }

    public string Raw { get; }
    public string Text { get; }
    public IReadOnlyList<TextChange> Changes => _normalized.Changes;

    public static FieldText Of(string raw)
    {
        var n = TextNormalizer.Default.Normalize(raw);
        return new FieldText(raw, n, n.Text.Trim());
    }

    /// <summary>The same field with the normalized text replaced (a source prefix or parentheses removed).</summary>
    public FieldText WithText(string text) => new(Raw, _normalized, text.Trim());

    /// <summary>Splits at an offset of <see cref="Text"/>: the part before and the part after, each normalized again.</summary>
    public (FieldText Head, FieldText Tail) SplitAt(int textOffset)
    {
        // Text is the trimmed normalized text: add back what trimming removed before mapping to the raw text.
        int lead = _normalized.Text.Length - _normalized.Text.TrimStart().Length;
        int cut = Math.Clamp(_normalized.Map.ToOriginalStart(textOffset + lead), 0, Raw.Length);
        return (Of(Raw[..cut]), Of(Raw[cut..]));
    }
}
