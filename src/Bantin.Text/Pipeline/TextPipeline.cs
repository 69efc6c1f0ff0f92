using Bantin.Text.Normalization;
using Bantin.Text.Sentences;
using Bantin.Text.Tokens;

namespace Bantin.Text.Pipeline;

/// <summary>Normalization, then tokens and sentences of the normalized text. Built once, immutable, thread-safe.</summary>
public sealed class TextPipeline
{
    /// <summary>Longest text accepted: 64 Mi characters (128 MB in memory); larger inputs must be split by the caller.</summary>
    public const int MaxTextLength = 64 * 1024 * 1024;

    public static readonly TextPipeline Default = new(TextNormalizer.Default);

    private readonly TextNormalizer _normalizer;

    public TextPipeline(TextNormalizer normalizer) => _normalizer = normalizer;

    public TextDocument Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxTextLength)
            throw new ArgumentException($"Text of {text.Length:N0} characters exceeds the limit of {MaxTextLength:N0}.", nameof(text));
        var normalized = _normalizer.Normalize(text);
        return new TextDocument(normalized, Tokenizer.Tokenize(normalized.Text), SentenceSplitter.Split(normalized.Text));
    }
}
