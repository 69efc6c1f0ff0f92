using Bantin.Text.Lexicons;
using Bantin.Text.Syllables;

namespace Bantin.News.Structure;

/// <summary>
/// A weaker kind of glue, looked for only where a title must end: a title is short, so when no glue was found in its
/// first words, a sapo that starts with a foreign name or a number shows as a word run straight into a capital or a
/// digit (<c>…máy bay MH370Malaysia sẽ…</c>, <c>…ăn Tết270 sinh viên…</c>, <c>…với TrumpJames Comey…</c>).
/// Camel-case names (<c>TikTok</c>, <c>VnExpress</c>, <c>iPhone</c>) start with a short capitalised piece and are
/// passed over, and so is a glued word the article writes whole elsewhere (<c>SpillOver</c>, <see cref="RepeatedWords"/>).
/// </summary>
internal static class TitleBoundary
{
    /// <summary>Titles longer than this (in characters) are not looked into.</summary>
    public const int MaxTitleLength = 250;

    private const int MinTitleWords = 3;

    /// <summary>The first weak boundary before <paramref name="limit"/>, or -1.</summary>
    /// <param name="closing">The straight quotes of <paramref name="t"/> that close (<see cref="StraightQuotes.Closing"/>).</param>
    public static int Find(string t, int limit, HashSet<int> closing)
    {
        foreach (int i in FindAll(t, limit, closing)) return i;
        return -1;
    }

    /// <summary>Every weak boundary before <paramref name="limit"/>, in order.</summary>
    /// <param name="closing">The straight quotes of <paramref name="t"/> that close (<see cref="StraightQuotes.Closing"/>).</param>
    public static IEnumerable<int> FindAll(string t, int limit, HashSet<int> closing)
    {
        limit = Math.Min(limit, Math.Min(t.Length - 1, MaxTitleLength));
        int words = 1;
        for (int i = 1; i < limit; i++)
        {
            char c = t[i], prev = t[i - 1];
            if (c == ' ' && prev != ' ') { words++; continue; }
            if (words < MinTitleWords) continue;
            // After a quote any capital may start the sapo ("…phát ngôn ' vô cảm 'UBND huyện", "MV ' Vài phút trước 'MV"):
            // whether the quote closes is EndsTitleWord's to judge.
            bool start = char.IsUpper(c) && i + 1 < t.Length && (char.IsLower(t[i + 1]) || IsQuote(prev))
                         || char.IsDigit(c) && !char.IsDigit(prev) && IsNumberToken(t, i)
                         || c is '"' or '“' && prev is '\'' or '’' or '"' or '”' && i + 1 < t.Length && char.IsUpper(t[i + 1]);
            bool acronym = (char.IsLower(prev) || char.IsDigit(prev) || prev is '"' or '”') && IsAcronymWord(t, i);
            // Before an opening quote any word may end the title ("…APEC - ADOC"Việc gia nhập…"); before an acronym, any
            // word of three letters or more ("gần IranUAE xác nhận").
            if (IsOpeningQuoteAfterWord(t, i, closing) || acronym && i - WordStart(t, i) >= 3 || SplitsAcronymRun(t, i)
                || (start || acronym) && EndsTitleWord(t, i, closing))
                yield return i;
        }
    }

    // A number standing alone up to the next space: 270, 2.500, 1,8, 15h30, 9h, 20/11, 48%.
    private static bool IsNumberToken(string t, int i)
    {
        int k = i;
        while (k < t.Length && (char.IsDigit(t[k]) || t[k] is '.' or ',' or '/' or ':' or '%' or 'h' && char.IsDigit(t[k - 1]))) k++;
        return k < t.Length && t[k] == ' ' && (char.IsDigit(t[k - 1]) || t[k - 1] is 'h' or '%');
    }

    // "sản xuất Tamiflu"Việt Nam đang…", "với tuổi 30“Bước vào…": a sapo that opens with a quotation, run into the
    // title's last word; the straight quote must open (a closing one stays with the title: "…ông Kim"Tổng thống").
    // In VietNews' spaced style (' Hoàng đế ') a quote glued to the word before it and followed by a space opens the
    // sapo when the title's own single quotes are paired ("…phải tự làm bài thi' Trước khi thi em…": 37 of the 38
    // such quotes in the first 300 characters of the training text end the title).
    private static bool IsOpeningQuoteAfterWord(string t, int i, HashSet<int> closing)
    {
        // After a word, or after a quote that closes the title's last quotation ("…con hãy cứ ôm mẹ '' Gái yêu ơi…").
        if (!(char.IsLetterOrDigit(t[i - 1]) || t[i] == '\'' && t[i - 1] == '\'' && QuotesPaired(t, i, '\'')) || i + 2 >= t.Length) return false;
        if (t[i] is '"' or '“') return char.IsUpper(t[i + 1]) && !(t[i] == '"' && closing.Contains(i));
        int k = i + 1;
        while (k < t.Length && k <= i + 2 && t[k] is ' ' or '\u00A0') k++;
        return t[i] == '\'' && k > i + 1 && k < t.Length && char.IsUpper(t[k]) && QuotesPaired(t, i, '\'');
    }

    private static bool IsQuote(char c) => c is '\'' or '’' or '"' or '”';

    // Whether the straight quotes `quote` before i, with the curly quotes that open like them (‘ for ', “ for "), pair
    // up: "‘Mới đây thôi còn nghe chú Quang Lý hát '" closes its quotation with a straight quote.
    private static bool QuotesPaired(string t, int i, char quote) =>
        (t.AsSpan(0, i).Count(quote) + t.AsSpan(0, i).Count(quote == '"' ? '“' : '‘')) % 2 == 0;

    // "…mua nhà ởUBND thành phố vừa…", "…vì "chia bè kéo cánh"UBND huyện…", "Tin vắn ngày 27/6SJC kết nối…": a sapo
    // that starts with an acronym (three capitals or more, then a space or a comma), run into the title's last word or
    // number. Not a name's last two capitals ("Tổng giám đốc PetroVN né…").
    private static bool IsAcronymWord(string t, int i)
    {
        int k = i;
        while (k < t.Length && VietLetters.IsUpper(t[k])) k++;
        return k - i >= 3 && (k == t.Length || t[k] is ' ' or ',');
    }

    // Longest acronym looked for on either side of a split: longer capital runs are not read.
    private const int MaxAcronym = 12;

    // "…dựng hiện trường TNGTVKSND tỉnh…", "…tại TP. HCMUBND TP. HCM vừa…": two acronyms of three letters or more run
    // together, each written alone elsewhere in the article and the run never (5 title ends in the training text; no
    // capital run inside a title has two such pieces).
    private static bool SplitsAcronymRun(string t, int i)
    {
        if (!VietLetters.IsUpper(t[i - 1]) || !VietLetters.IsUpper(t[i])) return false;
        int s = i, e = i;
        while (s > 0 && i - s <= MaxAcronym && char.IsLetterOrDigit(t[s - 1])) s--;
        while (e < t.Length && e - i <= MaxAcronym && char.IsLetterOrDigit(t[e])) e++;
        if (i - s < 3 || e - i < 3 || i - s > MaxAcronym || e - i > MaxAcronym) return false;
        for (int k = s; k < e; k++) if (!VietLetters.IsUpper(t[k])) return false;
        return !RepeatedWords.OccursElsewhere(t, s, e) && RepeatedWords.OccursElsewhere(t, s, i) && RepeatedWords.OccursElsewhere(t, i, e);
    }

    // Where the letters that end right before i begin.
    private static int WordStart(string t, int i)
    {
        int p = i;
        while (p > 0 && char.IsLetter(t[p - 1])) p--;
        return p;
    }

    // What a title may end with: a digit, a closing quote, a lower-case Vietnamese syllable, or a whole capitalised
    // word (a Vietnamese syllable, or a name of five letters or more: "Trump", "Sudan").
    private static bool EndsTitleWord(string t, int i, HashSet<int> closing)
    {
        char prev = t[i - 1];
        if (char.IsDigit(prev) || prev == ')') return true;
        if (prev == '"' && i >= 2 && t[i - 2] != ' ') return closing.Contains(i - 1); // glued to its word: it closes or opens
        if (prev is '\'' or '’' or '"' or '”')
            // a closing quote, not an opening one, nor the apostrophe of M'Đrắk, Đắk G'Long, H'Yim; a quote spaced on
            // both sides closes when it is the second of its pair ("là ' bình thường 'Venezuela")
            return i >= 2 && (t[i - 2] != ' ' || prev is '\'' or '"' && QuotesPaired(t, i, prev))
                   && !(prev is '\'' or '’' && char.IsUpper(t[i - 2]) && (i < 3 || !char.IsLetter(t[i - 3])));
        if (!char.IsLetter(prev)) return false;
        int p = WordStart(t, i);
        var word = t.AsSpan(p, i - p);
        if (p > 0 && char.IsLetterOrDigit(t[p - 1])) return false;
        bool syllable = SyllableParser.IsValid(word);
        // "từ fansGeorgina Rodriguez", "6.000 mBarry", "nhà ởUBND", "đồng / kgThủ tướng" (not "iPhone"): in the first 300
        // characters of the training text a lower-case word of two letters run into a capitalised word ends the title
        // 140 times and never stands inside it.
        if (char.IsLower(word[0]))
            return word.Length >= 2 || syllable && word[0] > '\u007F' || IsUnitAfterNumber(t, p);
        if (char.IsDigit(t[i]) && GlueFinder.AllUpper(word)) return false;                          // CO2, U20: a code
        if (char.IsLetter(t[i]) && CamelCaseNames.Joins(word, LettersFrom(t, i))) return false;     // VinFast, VinWonders
        if (char.IsLetter(t[i]) && RepeatedWords.RunOccursElsewhere(t, i)) return false;             // SpillOver, again later
        // An acronym before a capitalised word: "tại APECMoscow yêu cầu" (not the front of VNExpress, two letters).
        if (GlueFinder.AllUpper(word) && word.Length >= 3 && IsLowerRun(t, i + 1, 3)) return true;
        if (word.Length >= 5) return syllable || !HasInnerCapital(word);
        // A short capitalised piece before a non-Vietnamese word is the front of a brand (VinFast), unless it is a
        // common Vietnamese syllable ending a name ("Trường SaFacebook") or, before a letter, a word the article writes
        // on its own ("tỉ phú Elon MuskSingapore mới đây…Elon Musk", "chống ISAnkara…IS"): in the training titles such a
        // piece ends the title 1,768 times and never stands inside it (a brand's front, Vin or Face, is never written
        // alone). Not before a digit: "ông chủ Yeah1" … "Yeah" is a model name.
        return syllable && (StartsSyllable(t, i) || KnownWords.ContainsSyllable(word)) || char.IsLetter(t[i]) && RepeatedWords.OccursElsewhere(t, p, i);
    }

    // "6.000 m", "1,68 km": a short lower-case unit right after a number and a space.
    private static bool IsUnitAfterNumber(string t, int wordStart) =>
        wordStart >= 2 && t[wordStart - 1] == ' ' && char.IsDigit(t[wordStart - 2]);

    private static bool IsLowerRun(string t, int from, int count)
    {
        for (int k = from; k < from + count; k++) if (k >= t.Length || !char.IsLower(t[k])) return false;
        return true;
    }

    // The letters from i on, read no further than CamelCaseNames.Joins looks.
    private static ReadOnlySpan<char> LettersFrom(string t, int i)
    {
        int e = i;
        while (e < t.Length && e - i <= CamelCaseNames.MaxLength && char.IsLetter(t[e])) e++;
        return t.AsSpan(i, e - i);
    }

    private static bool StartsSyllable(string t, int i)
    {
        int e = i + 1;
        while (e < t.Length && char.IsLower(t[e])) e++;
        return SyllableParser.IsValid(t.AsSpan(i, e - i));
    }

    private static bool HasInnerCapital(ReadOnlySpan<char> word)
    {
        for (int k = 1; k < word.Length; k++) if (char.IsUpper(word[k])) return true;
        return false;
    }
}
