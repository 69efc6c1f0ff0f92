namespace Bantin.Text.Normalization;

/// <summary>What a normalization step did to a span of text. Kebab-case names appear in JSON output.</summary>
public enum ChangeKind
{
    /// <summary>A lone UTF-16 surrogate (or invalid UTF-8 byte sequence) replaced by U+FFFD.</summary>
    InvalidCharacter,
    /// <summary>Text in a legacy Vietnamese encoding (TCVN3, VNI, VIQR) decoded to Unicode.</summary>
    LegacyDecode,
    /// <summary>A decomposed or otherwise non-NFC sequence composed.</summary>
    Compose,
    /// <summary>A look-alike character replaced in Vietnamese context (Ð U+00D0 → Đ).</summary>
    Confusable,
    /// <summary>A zero-width or invisible formatting character dropped.</summary>
    ZeroWidth,
    /// <summary>A no-break, ideographic, tab or other space turned into U+0020, or a run of spaces collapsed.</summary>
    Space,
    /// <summary>A space removed before closing or after opening punctuation.</summary>
    PunctuationSpace,
    /// <summary>A tone mark moved to the chosen style (old/new) position.</summary>
    ToneStyle,
    /// <summary>A tone mark placed on a vowel no style allows, moved to the right one (lựơng → lượng).</summary>
    ToneRepair,
    /// <summary>A syllable split by a stray space joined (l iên → liên).</summary>
    SplitSyllable,
    /// <summary>Sentence-final punctuation glued to the next sentence (giao.Hai); reported, text unchanged.</summary>
    GluedSentence,
}
