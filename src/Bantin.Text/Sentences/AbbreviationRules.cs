using Bantin.Text.Lexicons;
using Bantin.Text.Syllables;
using Catalogue = Bantin.Text.Tokens.Abbreviations;

namespace Bantin.Text.Sentences;

/// <summary>
/// Whether a full stop closes an abbreviation or an initial rather than a sentence. Listed abbreviations come from
/// the one catalogue the tokenizer uses (<see cref="Catalogue"/>); this adds what depends on context: initials of
/// names, dotted forms, and the one-letter administrative prefixes.
/// </summary>
internal static class AbbreviationRules
{
    // One letter standing for an administrative unit before its name: Q. 1 (quận), P. 5 (phường),
    // H. Bình Chánh (huyện), X. Tân Phú (xã).
    private const string AdministrativeLetters = "QPHX";

    // Words before a name's initial ("anh H.", "bà N."): the initial's full stop does not end the sentence.
    // (Not "nam"/"nữ": "Đông Nam Á." ends sentences.)
    private static readonly HashSet<string> PersonWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "ông", "bà", "anh", "chị", "em", "cháu", "cô", "chú", "bác", "bé", "cụ", "thầy", "bạn", "chồng", "vợ",
        "con", "họ", "tên", "sinh", "viên",
    };

    /// <summary>
    /// True when the full stop at <paramref name="mark"/> closes an abbreviation that a name follows, or a name's
    /// initial, so it does not end the sentence before a capital.
    /// </summary>
    public static bool IsPrefixBefore(ReadOnlySpan<char> text, int mark)
    {
        int start = WordStart(text, mark);
        var word = text[start..mark];
        if (word.IsEmpty) return false;
        if (start > 0 && char.IsDigit(text[start - 1])) return false;          // 4A., 30E.

        var traits = Catalogue.Get(word);
        if ((traits & Catalogue.Traits.TakesPeriod) != 0)
        {
            // Titles and place prefixes precede a name (TS. Phúc, TP. Hà Nội); v.v. and etc. may end the sentence, and
            // so may TP. (the city) when a word that starts sentences follows ("… ban ngành TP. Ông Bình được…").
            if ((traits & Catalogue.Traits.Place) != 0 && SentenceStarterFollows(text, mark)) return false;
            return (traits & (Catalogue.Traits.Prefix | Catalogue.Traits.Place)) != 0;
        }
        if (word.Length == 1 && AdministrativeLetters.Contains(word[0])) return true;
        if (word.Contains('.')) return IsDottedAbbreviation(word);
        if (word.Length == 1 && char.IsUpper(word[0])) return IsInitial(text, start, word[0]) || char.IsAsciiLetterUpper(word[0]) && ForeignNameFollows(text, mark);
        return false;
    }

    /// <summary>
    /// True when the full stop at <paramref name="mark"/> closes a listed title or place prefix (<c>GS.</c>,
    /// <c>PGS.TS.</c>, <c>TP.</c>) that the rules read as going on into a name; initials are not included.
    /// </summary>
    public static bool IsListedPrefixBefore(ReadOnlySpan<char> text, int mark)
    {
        int start = WordStart(text, mark);
        var word = text[start..mark];
        if (word.IsEmpty || start > 0 && char.IsDigit(text[start - 1])) return false;
        var traits = Catalogue.Get(word);
        if ((traits & Catalogue.Traits.TakesPeriod) == 0 && word.Contains('.'))
        {
            foreach (var range in word.Split('.')) traits |= Catalogue.Get(word[range]);
        }
        return (traits & (Catalogue.Traits.Prefix | Catalogue.Traits.Place)) != 0 && IsPrefixBefore(text, mark);
    }

    // Words that begin sentences; a few also begin place names (Đồng Hới), told apart by the word after them.
    private static readonly HashSet<string> SentenceStarters = new(StringComparer.Ordinal)
    {
        "Ông", "Bà", "Theo", "Trong", "Tại", "Sau", "Các", "Những", "Khi", "Nhưng", "Tuy", "Do", "Vì", "Để", "Với",
        "Ngoài", "Trước", "Đây", "Đó", "Cũng", "Hiện", "Việc", "Điều", "Người", "Anh", "Chị", "Nhiều", "Ngày", "Chiều",
        "Sáng", "Tối", "Đồng", "Lãnh", "Chủ", "Sở", "Đội", "Công", "Thiếu", "Phong", "Riêng", "Từ", "Còn", "Mới",
    };

    // A starter that makes a known word with the capitalised word after it begins a place name instead ("TP. Đồng
    // Hới", "TP. Bà Rịa", "TP. Tuy Hoà": 30 times after a place prefix in the training corpora); with any other word it
    // begins a sentence ("TP. Đồng thời", "TP. Sở Giao thông vận tải cho biết", "TP. Ông Bình được").
    private static bool SentenceStarterFollows(ReadOnlySpan<char> text, int mark)
    {
        var (k, end) = WordAfter(text, mark + 1);
        var starter = text[k..end];
        if (end == k || !SentenceStarters.GetAlternateLookup<ReadOnlySpan<char>>().Contains(starter)) return false;
        var (next, nextEnd) = WordAfter(text, end);
        return next == end || nextEnd == next || !char.IsUpper(text[next]) || !KnownWords.ContainsPair(starter, text[next..nextEnd]);
    }

    // "Phó Tổng thống M. Pence", "George W. Bush": a capitalised word that is not Vietnamese after a lone capital is
    // the rest of a foreign name; a new Vietnamese sentence starts with a Vietnamese word. Asked only after a Latin
    // capital: a letter with a Vietnamese mark is a word ("Đông Nam Á. Goni là bão"), no foreign initial.
    private static bool ForeignNameFollows(ReadOnlySpan<char> text, int mark)
    {
        var (k, end) = WordAfter(text, mark + 1);
        if (end - k < 2 || !char.IsUpper(text[k]) || char.IsUpper(text[k + 1])) return false;
        return !SyllableParser.IsValid(text[k..end]);
    }

    // The letters of the word after the spaces from `from` on, at most MaxWordAhead of them (longer than any syllable
    // or listed word, so reading no further changes no answer).
    private static (int Start, int End) WordAfter(ReadOnlySpan<char> text, int from)
    {
        int k = from;
        while (k < text.Length && text[k] == ' ') k++;
        int end = k;
        while (end < text.Length && end - k < MaxWordAhead && char.IsLetter(text[end])) end++;
        return (k, end);
    }

    private const int MaxWordAhead = 16;

    // "U.S", "N.Q.D", "PGS.TS": short pieces; "samsungconnect.vn" is a domain ending the sentence.
    private static bool IsDottedAbbreviation(ReadOnlySpan<char> word)
    {
        foreach (var range in word.Split('.'))
        {
            var piece = word[range];
            if (piece.Length > 3 && Catalogue.Get(piece) == Catalogue.Traits.None) return false;
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

    /// <summary>
    /// Start of the word the full stop at <paramref name="mark"/> follows: letters, and dotted pieces before them while
    /// they look like parts of one abbreviation (PGS.TS, TP.HCM, v.v, N.Q.D). In "sống sót.T." the word is "T": a
    /// lower-case syllable before a dot ended a sentence.
    /// </summary>
    public static int WordStart(ReadOnlySpan<char> text, int mark)
    {
        int start = mark;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        // At most MaxPieces pieces: no abbreviation has more, and a run of "A.A.A…" is read in linear time.
        for (int pieces = 1; pieces < MaxPieces && start >= 2 && text[start - 1] == '.' && char.IsLetter(text[start - 2])
                             && IsPiece(text[start..LetterEnd(text, start)]); pieces++)
        {
            int p = start - 1;
            while (p > 0 && char.IsLetter(text[p - 1])) p--;
            if (!IsPiece(text[p..(start - 1)])) break;
            start = p;
        }
        return start;
    }

    private const int MaxPieces = 8;

    private static int LetterEnd(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && char.IsLetter(text[i])) i++;
        return i;
    }

    // A piece of a dotted abbreviation: one letter, an upper-case run of up to five, or a listed form (ThS, Tp).
    private static bool IsPiece(ReadOnlySpan<char> piece)
    {
        if (piece.IsEmpty) return false;
        if (piece.Length == 1) return true;
        if (piece.Length <= 5)
        {
            bool upper = true;
            foreach (char c in piece) upper &= char.IsUpper(c);
            if (upper) return true;
        }
        return Catalogue.Get(piece) != Catalogue.Traits.None;
    }
}
