namespace Bantin.Text.Sentences;

/// <summary>A sentence as a span of the text it was split from (UTF-16 offsets, no surrounding spaces).</summary>
public readonly record struct SentenceSpan(int Start, int Length)
{
    public int End => Start + Length;
}
