namespace Bantin.Text.Segmentation;

/// <summary>
/// A word: <paramref name="Start"/> and <paramref name="Length"/> are UTF-16 indices into the text that was segmented,
/// <paramref name="Units"/> is how many syllables (or other units: numbers, foreign words, punctuation) it joins.
/// </summary>
public readonly record struct Word(int Start, int Length, int Units)
{
    public int End => Start + Length;

    /// <summary>True for a word of two or more units (<c>liên doanh</c>).</summary>
    public bool IsCompound => Units > 1;
}
