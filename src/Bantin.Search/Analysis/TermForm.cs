namespace Bantin.Search.Analysis;

/// <summary>The forms a unit of text is indexed under, all at the same position (see <see cref="VietnameseTokenizer"/>).</summary>
public enum TermForm : byte
{
    /// <summary>Lower case with its diacritics, tone marks in one placement: <c>hòa</c> (also for <c>hoà</c>).</summary>
    Accented,
    /// <summary>Lower case without diacritics, đ → d: <c>hoa</c>. Emitted only when it differs from the accented form.</summary>
    Folded,
    /// <summary>A multi-syllable word, accented, syllables joined by <c>_</c>: <c>liên_doanh</c>; spans its syllables' positions.</summary>
    Word,
    /// <summary>The same word folded: <c>lien_doanh</c>.</summary>
    FoldedWord,
}
