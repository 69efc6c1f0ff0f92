namespace Bantin.Text.Tokens;

/// <summary>Picks the scanner for the token starting at a non-space character, from that character alone.</summary>
internal static class TokenScanner
{
    /// <summary>Scans the token starting at <paramref name="start"/> (not whitespace) and returns its end.</summary>
    public static int Scan(ReadOnlySpan<char> text, int start, out TokenKind kind)
    {
        char c = text[start];
        var flags = CharTable.Of(c);
        if ((flags & CharFlags.Letter) != 0) return WordScanner.Scan(text, start, out kind);
        if ((flags & CharFlags.Digit) != 0) return NumberScanner.Scan(text, start, out kind);
        if ((flags & CharFlags.HighSurrogate) != 0 && CharTable.IsSupplementaryLetter(text, start))
            return WordScanner.Scan(text, start, out kind);

        int end = c switch
        {
            '#' => NetScanner.Hashtag(text, start),
            '@' => NetScanner.Mention(text, start),
            '$' or '€' or '£' or '¥' => NumberScanner.PrefixedAmount(text, start),
            _ => -1,
        };
        if (end > 0)
        {
            kind = c switch { '#' => TokenKind.Hashtag, '@' => TokenKind.Mention, _ => TokenKind.Amount };
            return end;
        }
        return SymbolScanner.Scan(text, start, out kind);
    }
}
