namespace Bantin.Text.Normalization;

/// <summary>
/// Cleans Vietnamese text: Unicode NFC, look-alikes, invisible characters, spaces and punctuation spacing,
/// tone-mark placement, split syllables. Every change is recorded with its offsets in the original text, and
/// <see cref="NormalizedText.Map"/> leads from any normalized offset back to it. Immutable and thread-safe.
/// </summary>
public sealed class TextNormalizer
{
    /// <summary>A normalizer with <see cref="NormalizerOptions.Default"/>.</summary>
    public static readonly TextNormalizer Default = new(NormalizerOptions.Default);

    public TextNormalizer(NormalizerOptions options) => Options = options;

    public NormalizerOptions Options { get; }

    public NormalizedText Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var changes = new List<TextChange>();
        string current = text;
        var map = OffsetMap.Identity;

        Step(CleanPass.Run);
        Step(ComposePass.Run);
        Step(ConfusablePass.Run);
        Step(WordPass.Run);

        changes.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Length.CompareTo(b.Length));
        return new NormalizedText(text, current, map, changes);

        void Step(Action<EditBuilder, NormalizerOptions> pass)
        {
            var edits = new EditBuilder(current, map, changes);
            pass(edits, Options);
            (current, map) = edits.Build();
        }
    }
}
