using Bantin.Text.Syllables;

namespace Bantin.Text.Sentences;

/// <summary>Decides whether the terminator run text[mark..end) ends a sentence.</summary>
internal static class BoundaryRules
{
    /// <summary>
    /// Whether the terminators text[mark..end) end a sentence; <paramref name="end"/> may move past a closing quote
    /// that follows after a space (<c>sao... ".</c>), which belongs to the sentence.
    /// </summary>
    public static bool IsBoundary(ReadOnlySpan<char> text, int mark, ref int end)
    {
        if (end >= text.Length) return true;
        char term = text[mark];
        int next = end;
        bool spaced = false;
        while (next < text.Length && IsSpace(text[next])) { next++; spaced = true; }
        if (next >= text.Length) return true;
        char n = text[next];

        if (!spaced) return IsGluedStart(text, mark, next);

        if (n is '"' or '”' && next + 1 < text.Length)
        {
            // A quote glued to the punctuation after it closes the sentence: 'sao... ".' ends after the full stop,
            // 'sao... ", ông nói' goes on.
            char after = text[next + 1];
            if (after is ',' or ';' or ':') return false;
            if (after == ' ' && next + 2 < text.Length && text[next + 2] is '-' or '–' or '—') return false; // '? " - anh Long nói'

            if (SentenceSplitter.IsTerminator(after))
            {
                end = next + 2;
                while (end < text.Length && (SentenceSplitter.IsTerminator(text[end]) || SentenceSplitter.IsCloser(text[end]))) end++;
                return true;
            }
        }
        // After an ellipsis, a straight quote usually closes the quotation the ellipsis trails off in ('…đi... " Ông'):
        // it opens a new sentence only when the quotes before it are balanced.
        if (n == '"' && (term == '…' || end - mark >= 3) && CountBefore(text, next, '"') % 2 == 1) return false;
        if (term == '.' && end - mark == 1 && AbbreviationRules.IsPrefixBefore(text, mark)) return false;
        if (term == '.' && IsSplitThousands(text, mark, next)) return false;
        if (char.IsLetter(n)) return char.IsUpper(n);
        bool ellipsis = term == '…' || end - mark >= 3;
        if (char.IsDigit(n)) return !ellipsis;                       // "chỉ mới... 24 tuổi" trails on
        if (!IsOpener(n)) return false;
        // An opening quote or bracket starts a sentence unless what it opens goes on in lower case ('rất… “lặt vặt” ở').
        int k = next;
        while (k < text.Length && (IsOpener(text[k]) || IsSpace(text[k]))) k++;
        return k >= text.Length || !char.IsLetter(text[k]) || char.IsUpper(text[k]);
    }

    /// <summary>
    /// Whether a sentence starts right at <paramref name="next"/>, glued to the terminators that begin at
    /// <paramref name="mark"/> (and any closers after them): "giao.Hai", "(COC).Chủ", "lời.Chủ". Decimals, domains and
    /// "TP.HCM" are not boundaries. An interview's answer starts with a dash touching its first word: "VnExpress.-Anh có
    /// thể", "mới?-Album gồm". The splitter and the normalizer's glued-sentence report both ask this.
    /// </summary>
    public static bool IsGluedStart(ReadOnlySpan<char> text, int mark, int next)
    {
        if (text[next] is '-' or '–' && IsCapitalThenLower(text, next + 1)) return true;
        if (!IsCapitalThenLower(text, next)) return false;
        return text[mark] != '.' || !AbbreviationRules.IsPrefixBefore(text, mark);
    }

    /// <summary>
    /// A heading glued to the next sentence when line breaks were lost: a lower-case word run straight into a
    /// capitalised Vietnamese syllable that starts a sentence going on in lower case ("hợp lýTừ khi", "MinskLiên doanh").
    /// Brand names in camel case ("VnExpress", "iPhone", "PepsiCo.") and names run together ("LeMay", "MêKông") stay
    /// whole: a capitalised first part must not be a Vietnamese syllable.
    /// </summary>
    public static bool IsGluedHeading(ReadOnlySpan<char> text, int i)
    {
        if (i < 2 || !VietLetters.IsLetter(text[i - 1]) || VietLetters.IsUpper(text[i - 1]) || !VietLetters.IsLetter(text[i - 2])) return false;
        int end = i + 1;
        while (end < text.Length && VietLetters.IsLetter(text[end]) && !VietLetters.IsUpper(text[end])) end++;
        if (end - i < 2 || end + 1 >= text.Length || text[end] != ' ') return false;
        char next = text[end + 1];
        if (!VietLetters.IsLetter(next) || VietLetters.IsUpper(next) || !SyllableParser.IsValid(text[i..end])) return false;
        int start = i - 1;
        while (start > 0 && VietLetters.IsLetter(text[start - 1])) start--;
        return !VietLetters.IsUpper(text[start]) || !SyllableParser.IsValid(text[start..i]);
    }

    private static int CountBefore(ReadOnlySpan<char> text, int end, char c) => text[..end].Count(c);

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\u00A0' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F';

    private static bool IsOpener(char c) =>
        c is '"' or '“' or '‘' or '\'' or '(' or '[' or '«' or '-' or '–' or '—' or '*' or '•' or '+' or '>' or '<';

    // "1/8. 000", "1:1. 000": a thousands separator torn from its digits by a tokenizer, not a full stop.
    private static bool IsSplitThousands(ReadOnlySpan<char> text, int mark, int next) =>
        mark > 0 && char.IsAsciiDigit(text[mark - 1]) && next + 3 <= text.Length
        && char.IsAsciiDigit(text[next]) && char.IsAsciiDigit(text[next + 1]) && char.IsAsciiDigit(text[next + 2])
        && (next + 3 == text.Length || !char.IsAsciiDigit(text[next + 3]));

    private static bool IsCapitalThenLower(ReadOnlySpan<char> text, int i) =>
        i + 1 < text.Length && VietLetters.IsUpper(text[i]) && VietLetters.IsLetter(text[i + 1]) && !VietLetters.IsUpper(text[i + 1]);
}
