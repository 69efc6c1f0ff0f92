namespace Bantin.Text.Normalization;

/// <summary>
/// Cleans Vietnamese text: legacy encodings (TCVN3, VNI, VIQR) decoded, Unicode NFC, look-alikes, invisible characters, spaces and punctuation spacing,
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
        foreach (var pass in Passes)
        {
            var edits = new EditBuilder(current, map, changes);
            pass(edits, Options);
            (current, map) = edits.Build();
        }
        if (changes.Count > 1) changes.Sort(ByPosition);
        return new NormalizedText(text, current, map, changes);
    }

    // Order matters: legacy decoding first (TCVN3 uses bytes that look like soft hyphens and spaces), then spaces and
    // invisibles, then composition (so words are whole), then look-alikes and words.
    private static readonly Action<EditBuilder, NormalizerOptions>[] Passes =
        [DecodeLegacy, CleanPass.Run, ComposePass.Run, ConfusablePass.Run, WordPass.Run];

    private static void DecodeLegacy(EditBuilder edits, NormalizerOptions options)
    {
        if (options.From != SourceEncoding.Unicode) LegacyDecoder.Decode(edits, options.From);
    }

    private static readonly Comparison<TextChange> ByPosition =
        (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Length.CompareTo(b.Length);
}
