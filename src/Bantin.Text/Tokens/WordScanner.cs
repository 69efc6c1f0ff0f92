namespace Bantin.Text.Tokens;

/// <summary>
/// Tokens that start with a letter: syllables, foreign words, acronyms and codes, and, when a period or '@' follows,
/// domains, e-mails and dotted abbreviations. A camel-case join whose second half is a Vietnamese syllable
/// (<c>MinskLiên</c>, <c>GiápTổng</c>: a title or by-line glued to the next paragraph) is split there.
/// </summary>
internal static class WordScanner
{
    public static int Scan(ReadOnlySpan<char> text, int start, out TokenKind kind)
    {
        int end = RunEnd(text, start, out var any, out var all, out bool ascii);
        if (end < text.Length)
        {
            char next = text[end];
            bool maybeAddress = ascii && next is '.' or '@' or '-' or '_' or '+' or ':';
            if (maybeAddress && NetScanner.TryScan(text, start, end, out int netEnd, out kind)) return netEnd;
            if (next == '.')
            {
                int abbreviationEnd = AbbreviationScanner.TryScan(text, start, end);
                if (abbreviationEnd > 0)
                {
                    kind = TokenKind.Abbreviation;
                    return abbreviationEnd;
                }
            }
        }
        kind = Classify(text[start..end], any, all);
        return end;
    }

    /// <summary>Syllable, listed or upper-case abbreviation, or foreign word.</summary>
    public static TokenKind Classify(ReadOnlySpan<char> word, CharFlags any, CharFlags all)
    {
        if ((all & CharFlags.VietLetter) != 0 && SyllableCache.IsValid(word)) return TokenKind.Syllable;
        int marks = (any & CharFlags.Mark) != 0 ? CountMarks(word) : 0;
        if (marks > 0 && IsDecomposedSyllable(word)) return TokenKind.Syllable;
        if (Abbreviations.Get(word) != Abbreviations.Traits.None) return TokenKind.Abbreviation;
        bool acronym = (any & CharFlags.Upper) != 0 && (any & CharFlags.Lower) == 0 && word.Length - marks >= 2;
        if (acronym) return TokenKind.Abbreviation;
        return TokenKind.Foreign;
    }

    private const int MaxDecomposedLength = 24; // a syllable's letters each with a vowel mark and a tone mark, and then some

    /// <summary>
    /// Input should be NFC already (the normalizer runs first); a decomposed syllable (A + U+0301) is still recognised,
    /// composed on the stack.
    /// </summary>
    private static bool IsDecomposedSyllable(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxDecomposedLength) return false;
        Span<char> composed = stackalloc char[MaxDecomposedLength];
        return word.TryNormalize(composed, out int length, System.Text.NormalizationForm.FormC)
               && SyllableCache.IsValid(composed[..length]);
    }

    private static int CountMarks(ReadOnlySpan<char> word)
    {
        int marks = 0;
        foreach (char c in word)
            if (CharTable.Is(c, CharFlags.Mark)) marks++;
        return marks;
    }

    /// <summary>
    /// End of the word run (letters, digits, combining marks; a joiner or soft hyphen between letters) from
    /// <paramref name="start"/>, stopping early at a camel-case split. Reports the union and intersection of the char
    /// flags, and whether every char is ASCII.
    /// </summary>
    public static int RunEnd(ReadOnlySpan<char> text, int start, out CharFlags any, out CharFlags all, out bool ascii)
    {
        any = CharFlags.None;
        all = (CharFlags)ushort.MaxValue;
        int chars = 0, i = start;
        bool previousLower = false;
        while (i < text.Length)
        {
            char c = text[i];
            var flags = CharTable.Of(c);
            if ((flags & CharFlags.Word) == 0)
            {
                int width = (flags & CharFlags.Joiner) != 0 && CharTable.IsLetterAt(text, i + 1) ? 1
                    : (flags & CharFlags.HighSurrogate) != 0 && CharTable.IsSupplementaryLetter(text, i) ? 2 : 0;
                if (width == 0) break;
                any |= CharFlags.Letter;
                all &= CharFlags.Letter; // neither is a Vietnamese letter
                chars |= c;
                previousLower = false;
                i += width;
                continue;
            }
            if (previousLower && (flags & CharFlags.Upper) != 0 && IsCamelSplit(text, start, i)) break;
            previousLower = (flags & CharFlags.Lower) != 0;
            any |= flags;
            all &= flags;
            chars |= c;
            i++;
        }
        ascii = chars < 0x80;
        return i;
    }

    /// <summary>
    /// Split before the capital at <paramref name="i"/> when the capitalised part is a Vietnamese syllable, and either
    /// the part before is one too (QuốcTổng) or the syllable has a Vietnamese-only letter (MinskLiên). Keeps iPhone,
    /// YouTube, VnExpress and LinkedIn whole.
    /// </summary>
    private static bool IsCamelSplit(ReadOnlySpan<char> text, int start, int i)
    {
        int end = i + 1;
        while (end < text.Length && end - i <= Syllables.SyllableParser.MaxLength
               && CharTable.Is(text[end], CharFlags.VietLetter) && !CharTable.Is(text[end], CharFlags.Upper))
            end++;
        if (CharTable.Is(end < text.Length ? text[end] : ' ', CharFlags.Word | CharFlags.Joiner | CharFlags.HighSurrogate)
            && !CharTable.Is(text[end], CharFlags.Upper))
            return false; // the part runs on into more lower-case letters, digits or marks: not one syllable
        var syllable = text[i..end];
        if (!SyllableCache.IsValid(syllable)) return false;
        return !CharTable.AllInRange(syllable, '\0', '\u007F') || SyllableCache.IsValid(text[start..i]);
    }
}
