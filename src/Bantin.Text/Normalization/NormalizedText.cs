namespace Bantin.Text.Normalization;

/// <summary>The result of normalizing a text: the new text, what changed, and the way back to the original.</summary>
public sealed class NormalizedText
{
    internal NormalizedText(string original, string text, OffsetMap map, IReadOnlyList<TextChange> changes)
    {
        Original = original;
        Text = text;
        Map = map;
        Changes = changes;
    }

    /// <summary>The text as the user gave it.</summary>
    public string Original { get; }

    /// <summary>The normalized text.</summary>
    public string Text { get; }

    /// <summary>Maps offsets in <see cref="Text"/> back to <see cref="Original"/>.</summary>
    public OffsetMap Map { get; }

    /// <summary>Every change made, in order of position in the original text.</summary>
    public IReadOnlyList<TextChange> Changes { get; }

    /// <summary>True when the text was changed.</summary>
    public bool IsChanged => !ReferenceEquals(Original, Text) && Original != Text;
}
