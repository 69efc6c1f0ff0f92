namespace Bantin.Text.Normalization;

/// <summary>Character classes the normalization passes share.</summary>
internal static class CharClass
{
    /// <summary>Spaces other than line breaks: U+0020, tab, NBSP, the U+2000 block, narrow NBSP, ideographic space…</summary>
    public static bool IsSpace(char c) =>
        c == ' ' || c == '\t' || c == '\u00A0' || c == '\v' || c == '\f' ||
        (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F' || c == '\u3000' || c == '\u1680';

    /// <summary>Invisible characters that carry nothing in news text. ZWJ is kept between emoji (see caller).</summary>
    public static bool IsZeroWidth(char c) =>
        c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' or '\u180E' or '\u200E' or '\u200F';

    /// <summary>Punctuation that takes no space before it.</summary>
    public static bool IsClosing(char c) => c is ',' or '.' or ';' or ':' or '!' or '?' or ')' or ']' or '”' or '…';

    /// <summary>Punctuation that takes no space after it.</summary>
    public static bool IsOpening(char c) => c is '(' or '[' or '“';

    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085';
}
