using Bantin.Text.Normalization;
using Bantin.Text.Sentences;

namespace Bantin.Text.Pipeline;

/// <summary>
/// A text and its annotations. It owns the text; sentences are spans into <see cref="Text"/> (the normalized text),
/// and <see cref="Normalized"/> maps any offset back to <see cref="Original"/>.
/// </summary>
public sealed class TextDocument
{
    internal TextDocument(NormalizedText normalized, IReadOnlyList<SentenceSpan> sentences)
    {
        Normalized = normalized;
        Sentences = sentences;
    }

    public NormalizedText Normalized { get; }

    /// <summary>The text as given.</summary>
    public string Original => Normalized.Original;

    /// <summary>The normalized text every annotation points into.</summary>
    public string Text => Normalized.Text;

    public IReadOnlyList<SentenceSpan> Sentences { get; }

    /// <summary>The text of a span of <see cref="Text"/>.</summary>
    public string this[SentenceSpan span] => Text.Substring(span.Start, span.Length);

    /// <summary>The span of the original text a normalized span came from.</summary>
    public (int Start, int End) ToOriginal(int start, int end) => (Normalized.Map.ToOriginalStart(start), Normalized.Map.ToOriginalEnd(end));
}
