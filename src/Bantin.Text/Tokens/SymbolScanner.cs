namespace Bantin.Text.Tokens;

/// <summary>Punctuation, symbols and emoji: one character each, except dot runs, emoji sequences and trailing marks.</summary>
internal static class SymbolScanner
{
    public static int Scan(ReadOnlySpan<char> text, int start, out TokenKind kind)
    {
        char c = text[start];
        var flags = CharTable.Of(c);
        int end = EmojiEnd(text, start);
        if (end > 0)
        {
            kind = TokenKind.Emoji;
            return end;
        }
        if (c == '.')
        {
            kind = TokenKind.Punctuation;
            end = start + 1;
            while (end < text.Length && text[end] == '.') end++; // "..." and ".." are one ellipsis
            return end;
        }
        kind = (flags & CharFlags.Punctuation) != 0 ? TokenKind.Punctuation : TokenKind.Symbol;
        return MarksEnd(text, start + 1);
    }

    /// <summary>Combining marks after a punctuation or symbol character stay with it.</summary>
    private static int MarksEnd(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && CharTable.Is(text[i], CharFlags.Mark)) i++;
        return i;
    }

    /// <summary>End of the emoji sequence starting at <paramref name="start"/>, or -1 when none starts there.</summary>
    private static int EmojiEnd(ReadOnlySpan<char> text, int start)
    {
        int i = UnitEnd(text, start);
        if (i < 0) return -1;
        if (IsRegionalIndicator(text, start) && IsRegionalIndicator(text, i)) i += 2; // a flag is a pair: 🇻🇳
        while (i < text.Length)
        {
            char c = text[i];
            if (c is '\uFE0E' or '\uFE0F' or '\u20E3') i++;                                   // presentation, keycap
            else if (c == '\uD83C' && i + 1 < text.Length && text[i + 1] is >= '\uDFFB' and <= '\uDFFF') i += 2; // skin tone
            else if (c == '\uDB40' && i + 1 < text.Length && text[i + 1] is >= '\uDC20' and <= '\uDC7F') i += 2; // tag
            else if (c == '\u200D' && UnitEnd(text, i + 1) is var next and > 0) i = next;     // ZWJ sequence
            else break;
        }
        return i;
    }

    /// <summary>One emoji code point: a non-letter surrogate pair, a BMP emoji, or a symbol asking for emoji style.</summary>
    private static int UnitEnd(ReadOnlySpan<char> text, int i)
    {
        if (i >= text.Length) return -1;
        var flags = CharTable.Of(text[i]);
        if ((flags & CharFlags.HighSurrogate) != 0)
            return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) && !CharTable.IsSupplementaryLetter(text, i)
                ? i + 2
                : -1;
        if ((flags & CharFlags.Emoji) != 0) return i + 1;
        if ((flags & CharFlags.Symbol) != 0 && i + 1 < text.Length && text[i + 1] == '\uFE0F') return i + 1;
        return -1;
    }

    // U+1F1E6..U+1F1FF
    private static bool IsRegionalIndicator(ReadOnlySpan<char> text, int i) =>
        i + 1 < text.Length && text[i] == '\uD83C' && text[i + 1] is >= '\uDDE6' and <= '\uDDFF';
}
