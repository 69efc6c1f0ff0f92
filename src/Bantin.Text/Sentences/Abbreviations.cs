using Bantin.Text.Syllables;

namespace Bantin.Text.Sentences;

/// <summary>Words whose full stop marks an abbreviation, not the end of a sentence.</summary>
internal static class Abbreviations
{
    // Titles and administrative prefixes written before a name in Vietnamese news (TP. HCM, GS. Ngô Bảo Châu, Q. 1):
    // followed by a capital, their full stop does not end the sentence.
    private static readonly HashSet<string> Prefixes = new(StringComparer.Ordinal)
    {
        "TP", "Tp", "Q", "P", "H", "X", "TX", "TT", "GS", "PGS", "TS", "ThS", "Ths", "BS", "BSCKII", "BSCKI", "KS", "CN", "NXB", "Nxb",
        "KTS", "NSƯT", "NSND", "NGƯT", "NGND", "LS", "ĐBQH", "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Mt", "Lt", "Gen", "Col",
        "Capt", "Rev", "Jr", "Sr", "No", "Tr", "tr", "vs", "Th",
    };

    // Words before a name's initial ("anh H.", "bà N."): the initial's full stop does not end the sentence.
    private static readonly HashSet<string> PersonWords = new(StringComparer.Ordinal)
    {
        "ông", "bà", "anh", "chị", "em", "cháu", "cô", "chú", "bác", "bé", "cụ", "thầy", "nữ", "nam", "bạn", "chồng", "vợ",
        "con", "họ", "tên", "sinh", "viên", "Ông", "Bà", "Anh", "Chị", "Em", "Cháu", "Cô", "Chú", "Bác", "Bé", "Cụ", "Thầy",
    };

    /// <summary>
    /// True when the full stop at <paramref name="mark"/> closes an abbreviation or a name's initial, so it does not
    /// end the sentence.
    /// </summary>
    public static bool IsPrefixBefore(ReadOnlySpan<char> text, int mark)
    {
        int start = mark;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.')) start--;
        var word = text[start..mark];
        if (word.IsEmpty || word[0] == '.') return false;
        if (start > 0 && char.IsDigit(text[start - 1])) return false;          // 4A., 30E.
        if (IsKnown(word)) return true;
        if (word.Contains('.')) return IsDottedAbbreviation(word);
        if (word.Length == 1 && char.IsUpper(word[0])) return IsInitial(text, start, word[0]);
        return false;
    }

    public static bool IsKnown(ReadOnlySpan<char> word) => Prefixes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    // "v.v", "U.S", "N.Q.D", "PGS.TS": short pieces; "samsungconnect.vn" is a domain ending the sentence.
    private static bool IsDottedAbbreviation(ReadOnlySpan<char> word)
    {
        foreach (var range in word.Split('.'))
        {
            var piece = word[range];
            if (piece.Length > 3 && !IsKnown(piece)) return false;
        }
        return true;
    }

    // One capital letter is an initial after a name or a person word ("Lê Hoài B.", "anh H.", "N. Q."), but a word
    // after anything else ("châu Á.", "chứng chỉ B.", "quý I.").
    private static bool IsInitial(ReadOnlySpan<char> text, int start, char letter)
    {
        int end = start;
        while (end > 0 && text[end - 1] == ' ') end--;
        if (end == start && start > 0) return text[start - 1] == '.';            // glued to a previous initial
        int wordStart = end;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1])) wordStart--;
        var previous = text[wordStart..end];
        if (previous.IsEmpty) return end > 0 && text[end - 1] == '.';            // "N. Q. D."
        if (PersonWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(previous)) return true;
        return char.IsUpper(previous[0]) && VietLetters.ToneOf(letter) == Tone.Level;
    }
}
