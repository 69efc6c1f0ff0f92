using Bantin.Text.Normalization;
using Bantin.Text.Segmentation;
using Bantin.Text.Sentences;
using Bantin.Text.Tokens;

namespace Bantin.Text.Pipeline;

/// <summary>
/// A text and its annotations. It owns the text; tokens and sentences are spans into <see cref="Text"/> (the
/// normalized text), and <see cref="Normalized"/> maps any offset back to <see cref="Original"/>.
/// </summary>
public sealed class TextDocument
{
    private readonly WordSegmenter? _segmenter;
    private Word[]? _words;

    internal TextDocument(NormalizedText normalized, Token[] tokens, WordSegmenter? segmenter)
    {
        Normalized = normalized;
        Tokens = tokens;
        _segmenter = segmenter;
    }

    public NormalizedText Normalized { get; }

    /// <summary>The text as given.</summary>
    public string Original => Normalized.Original;

    /// <summary>The normalized text every annotation points into.</summary>
    public string Text => Normalized.Text;

    /// <summary>Pre-tokenizer tokens, in order; the gaps between them are white space.</summary>
    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>The sentences, split on first use (the search analyzer never asks).</summary>
    public IReadOnlyList<SentenceSpan> Sentences => _sentences ?? LazyInitializer.EnsureInitialized(ref _sentences, () => SentenceSplitter.Split(Text));

    private IReadOnlyList<SentenceSpan>? _sentences;

    /// <summary>
    /// The words (<c>liên doanh</c>, <c>sản xuất</c>, <c>ôtô</c>): spans of <see cref="Text"/> that group whole tokens;
    /// every token lies in exactly one word, except amounts and spaced abbreviations (<c>500 triệu USD</c>,
    /// <c>TP. HCM</c>), whose parts may belong to different words. Segmented on first use (thread-safe), so documents that never ask pay nothing.
    /// </summary>
    public IReadOnlyList<Word> Words => _words ?? LazyInitializer.EnsureInitialized(ref _words, () => (_segmenter ?? WordSegmenter.Default).Segment(Text, Tokens));

    /// <summary>The text of a word, its syllables separated by spaces as in the text.</summary>
    public string this[Word word] => Text.Substring(word.Start, word.Length);

    /// <summary>The text of a sentence.</summary>
    public string this[SentenceSpan span] => Text.Substring(span.Start, span.Length);

    /// <summary>The text of a token.</summary>
    public string this[Token token] => Text.Substring(token.Start, token.Length);

    /// <summary>The span of the original text a normalized span came from.</summary>
    public (int Start, int End) ToOriginal(int start, int end) => (Normalized.Map.ToOriginalStart(start), Normalized.Map.ToOriginalEnd(end));
}
