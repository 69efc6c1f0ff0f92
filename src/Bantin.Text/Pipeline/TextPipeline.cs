using Bantin.Text.Normalization;
using Bantin.Text.Segmentation;
using Bantin.Text.Tokens;

namespace Bantin.Text.Pipeline;

/// <summary>
/// Normalization, then tokens and, on first use, sentences and words of the normalized text. Built once, immutable,
/// thread-safe.
/// </summary>
public sealed class TextPipeline
{
    /// <summary>Longest text accepted: 64 Mi characters (128 MB in memory); larger inputs must be split by the caller.</summary>
    public const int MaxTextLength = 64 * 1024 * 1024;

    public static readonly TextPipeline Default = new(TextNormalizer.Default);

    private readonly TextNormalizer _normalizer;
    private readonly WordSegmenter? _segmenter;

    /// <param name="normalizer">How text is normalized first.</param>
    /// <param name="segmenter">The word segmenter for <see cref="TextDocument.Words"/>; the shipped one by default
    /// (loaded only when words are first asked for).</param>
    public TextPipeline(TextNormalizer normalizer, WordSegmenter? segmenter = null)
    {
        _normalizer = normalizer;
        _segmenter = segmenter;
    }

    public TextDocument Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxTextLength)
            throw new ArgumentException($"Text of {text.Length:N0} characters exceeds the limit of {MaxTextLength:N0}.", nameof(text));
        var normalized = _normalizer.Normalize(text);
        return new TextDocument(normalized, Tokenizer.Tokenize(normalized.Text), _segmenter);
    }
}
