namespace Bantin.Text.Normalization;

/// <summary>Character classes the normalization passes share, as one table lookup each.</summary>
internal static class CharClass
{
    [Flags]
    private enum Kind : byte { None = 0, Space = 1, ZeroWidth = 2, Closing = 4, Opening = 8, LineBreak = 16 }

    private const int TableSize = 0x3100;
    private static readonly Kind[] Table = BuildTable();

    private const string Spaces = " \t\u00A0\v\f\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u3000\u1680";
    private const string ZeroWidths = "\u200B\u200C\u200D\u2060\uFEFF\u00AD\u180E\u200E\u200F";

    private static Kind[] BuildTable()
    {
        var t = new Kind[TableSize];
        foreach (char c in Spaces) t[c] |= Kind.Space;
        foreach (char c in ZeroWidths) if (c < TableSize) t[c] |= Kind.ZeroWidth;
        foreach (char c in ",.;:!?)]”…") t[c] |= Kind.Closing;
        foreach (char c in "([“") t[c] |= Kind.Opening;
        foreach (char c in "\n\r\u2028\u2029\u0085") t[c] |= Kind.LineBreak;
        return t;
    }

    private static Kind Of(char c) => c < TableSize ? Table[c] : c == '\uFEFF' ? Kind.ZeroWidth : Kind.None;

    /// <summary>Spaces other than line breaks: U+0020, tab, NBSP, the U+2000 block, narrow NBSP, ideographic space…</summary>
    public static bool IsSpace(char c) => (Of(c) & Kind.Space) != 0;

    /// <summary>Invisible characters that carry nothing in news text. ZWJ is kept between emoji (see caller).</summary>
    public static bool IsZeroWidth(char c) => (Of(c) & Kind.ZeroWidth) != 0;

    /// <summary>Punctuation that takes no space before it.</summary>
    public static bool IsClosing(char c) => (Of(c) & Kind.Closing) != 0;

    /// <summary>Punctuation that takes no space after it.</summary>
    public static bool IsOpening(char c) => (Of(c) & Kind.Opening) != 0;

    public static bool IsLineBreak(char c) => (Of(c) & Kind.LineBreak) != 0;

    /// <summary>Spaces, invisible characters and surrogates: what the clean-up pass looks at.</summary>
    public static bool NeedsCleaning(char c) =>
        c < TableSize ? (Table[c] & (Kind.Space | Kind.ZeroWidth)) != 0 : c is >= '\uD800' and <= '\uDFFF' or '\uFEFF';

    /// <summary>True when a single space before <paramref name="next"/> may need work (a run, punctuation, a line end).</summary>
    public static bool NeedsLookAfterSpace(char next) => Of(next) != Kind.None;
}
