using Bantin.Text.Lexicons;
using Bantin.Text.Syllables;

namespace Bantin.News.Structure;

/// <summary>Glues without sentence punctuation: headings, titles and lists run into the next field.</summary>
internal static partial class GlueFinder
{
    // Longer runs without a space before a slash are no web address.
    private const int MaxUrlLength = 500;

    // Longer runs of letters before a capital are no word a heading could end with.
    private const int MaxWordLength = 40;

    /// <summary>
    /// A capitalised Vietnamese syllable at <paramref name="i"/> run straight into what comes before (a word, a digit,
    /// a closing quote): <c>MinskLiên</c>, <c>ÁNăm</c>, <c>10Năm</c>, <c>APECChủ</c>, <c>lýTừ</c>.
    /// </summary>
    /// <param name="i">After <paramref name="partStart"/> (the caller's check).</param>
    /// <param name="partQuotes">How many single quotes the part holds before <c>i - 1</c> (from <paramref name="partStart"/>).</param>
    private static bool TryHeadingGlue(string t, int i, int partStart, HashSet<int> closing, int partQuotes, out bool namePair)
    {
        namePair = false;
        char prev = t[i - 1];
        if (!(char.IsLetter(prev) || char.IsDigit(prev) || Closers.Contains(prev) || prev is '?' or '!' or '%'
              || prev == '/' && InUrl(t, i - 1))) return false;
        // A straight quote right before the capital belongs to it when it opens a quotation.
        if (prev == '"' && !closing.Contains(i - 1) || prev == '\'' && partQuotes % 2 == 0)
            return false;
        int wEnd = i + 1;
        while (wEnd < t.Length && VietLetters.IsLetter(t[wEnd]) && !VietLetters.IsUpper(t[wEnd])) wEnd++;
        bool syllable = (wEnd - i >= 2 || t[i] > '\u007F') && !(wEnd < t.Length && (char.IsLetterOrDigit(t[wEnd]) || t[wEnd] == '-'))
                        && SyllableParser.IsValid(t.AsSpan(i, wEnd - i));       // "đồng/quảỞ Việt Nam": Ở is a word
        // After a digit or a closing bracket or quote: a Vietnamese syllable, or a foreign name ("năm 1995Chelsi Smith",
        // "(phải)Calvin Klein").
        if (!char.IsLetter(prev)) return syllable || (char.IsDigit(prev) || prev is ')' or '"' or '”') && StartsName(t, i) && !DigitsInWord(t, i);

        int pStart = i - 1;
        while (pStart > 0 && i - pStart <= MaxWordLength && char.IsLetter(t[pStart - 1])) pStart--;
        if (i - pStart > MaxWordLength) return false;   // no word: a run of letters longer than any name (linear on such runs)
        var p = t.AsSpan(pStart, i - pStart);
        bool pSyllable = SyllableParser.IsValid(p);
        if (!syllable)                          // "tín dụng đenPGS.TS Lê", "sau 6 năm gắn bóBrie Larson giành…"
            return !char.IsUpper(p[0]) && p.Length >= 2 && pSyllable && (StartsAcronym(t, i) || StartsName(t, i));
        if (wEnd - i == 1 && AllUpper(p)) return false;                                     // CÔNG TY CỔ: capitals throughout
        bool urlBefore = pStart > 0 && t[pStart - 1] is '.' or '/';
        if (!char.IsUpper(p[0]) && !pSyllable && p.Length <= 2 && !IsUnit(t, pStart) && !urlBefore) return false; // iPhone
        if (char.IsUpper(p[0]) && p.Length > 1 && !AllUpper(p))
        {
            // GrabPay, PayPal: a short foreign word and an English word of syllable shape. "NgaCuộc gặp" is a glue.
            if (!HasVietnameseLetter(p) && p.Length <= 4 && !urlBefore && !KnownWords.ContainsSyllable(t.AsSpan(i, wEnd - i))) return false;
            // Two capitalised syllables: a heading ending in a name ("bầu ĐứcTuần qua") unless together they are a known
            // name or word, written without its space ("MêKông", "CầnThơ").
            namePair = pSyllable && KnownWords.ContainsPair(p, t.AsSpan(i, wEnd - i));
        }
        return true;
    }

    // "nguyên Tổng giám đốc DAB- Nguyễn Thị Vân": a list line ("- …") run into the line before; text writes " - ".
    // After a word, only a capital counts ("MB- cho hay" is a typo inside a sentence).
    private static bool IsDashListGlue(string t, int i, int partStart)
    {
        if (i <= partStart || i + 2 >= t.Length) return false;
        if (t[i] is '*' or '•' && char.IsLetter(t[i - 1]) && char.IsUpper(t[i + 1])) return true;    // "Lệ Thu*Mọi ý kiến…"
        // After a word, the item must start with a capitalised Vietnamese word ("DAB- Nguyễn Thị Vân"), not a code
        // ("SARS- CoV-2"). After a sentence's end the dash may touch the item: interviews write their answers so
        // ("với VnExpress.-Anh có thể giới thiệu", "chưa?-Bạn có sẵn sàng").
        if (t[i] is '-' or '–' && t[i - 1] is '.' or '?' or '!' && char.IsUpper(t[i + 1]) && char.IsLower(t[i + 2])) return true;
        // A dash after a word (not a number: "333- Email") starts an item only in a list: lists come in runs, so the
        // part so far is itself a dash item or another item stands close before or after (bullets always start items).
        // A lone dash after a word joins names inside a paragraph ("ngành Tài chính- Ngân hàng (vượt 36%)"): in Dân trí
        // and VietNews train, 39 of 45 such dashes with no other item within 400 characters are not boundaries, and 6 of
        // the 154 list items glued after a word lose their cut.
        return t[i + 1] == ' ' && char.IsLetter(t[i + 2])
               && (t[i - 1] is '.' or ')' or ':' || char.IsLetterOrDigit(t[i - 1]) && StartsCapitalisedSyllable(t, i + 2)
                   && (IsDashItem(t, SkipSpaces(t, partStart)) || MayStartItem(t, i)));
    }

    /// <summary>
    /// Whether the dash or bullet at <paramref name="i"/> may start a list item as far as its neighbours go: a bullet
    /// always, a dash after a letter only when another dash item stands within a few hundred characters before or
    /// after it (the rules above and the model's candidates both ask this).
    /// </summary>
    internal static bool MayStartItem(string t, int i) => t[i] is not ('-' or '–') || !char.IsLetter(t[i - 1]) || InList(t, i);

    /// <summary>Whether another dash item stands within a few hundred characters before or after <paramref name="i"/>.</summary>
    internal static bool InList(string t, int i) =>
        HasDashItem(t, i + 2, Math.Min(t.Length, i + 2 + DashItemLookahead)) || HasDashItem(t, Math.Max(0, i - DashItemLookahead), i);

    private const int DashItemLookahead = 400;

    private static int SkipSpaces(string t, int k)
    {
        while (k < t.Length && char.IsWhiteSpace(t[k])) k++;
        return k;
    }

    // "- Email", "• Hà Nội", "+ 3 ngày": a dash or bullet, a space, then a capital or a digit.
    private static bool IsDashItem(string t, int k) =>
        k + 2 < t.Length && t[k] is '-' or '–' or '*' or '•' or '+' && t[k + 1] == ' ' && (char.IsUpper(t[k + 2]) || char.IsDigit(t[k + 2]));

    // A dash item glued after a word or punctuation in t[from..end).
    private static bool HasDashItem(string t, int from, int end)
    {
        for (int k = Math.Max(1, from); k < end; k++)
            if ((char.IsLetterOrDigit(t[k - 1]) || t[k - 1] is '.' or ':' or ';' or ')' or '!' or '?' or '"' or '”') && IsDashItem(t, k))
                return true;
        return false;
    }

    // "…phát biểu tại Hội nghị(Ảnh: Giáo dục thời đại).": a photo caption run into the line before.
    private static bool IsCaptionGlue(string t, int i, int partStart) =>
        i > partStart && char.IsLetter(t[i - 1])
        && (t.AsSpan(i + 1).StartsWith("Ảnh") || t.AsSpan(i + 1).StartsWith("Video") || t.AsSpan(i + 1).StartsWith("Nguồn"));

    // "…tại: https://chaching.cartoonnetworkasia.com/vn/Trường Thịnh": the slash ends a URL, not a word pair.
    private static bool InUrl(string t, int slash)
    {
        int k = slash;
        while (k > 0 && slash - k < MaxUrlLength && !char.IsWhiteSpace(t[k - 1])) k--;
        if (k > 0 && !char.IsWhiteSpace(t[k - 1])) return false;     // longer than any address: no URL
        var token = t.AsSpan(k, slash - k);
        return token.Contains("://", StringComparison.Ordinal) || token.StartsWith("www.") || token.Contains('.') && token.Contains('/');
    }

    // "thói quen hằng ngày"Trước khi…": a lower-case word run into an opening quote and a capital.
    private static bool IsQuotedHeadingGlue(string t, int i, int partStart, HashSet<int> closing)
    {
        if (i <= partStart || i + 2 >= t.Length || !char.IsLower(t[i - 1]) || !VietLetters.IsUpper(t[i + 1])) return false;
        if (t[i] == '"' && closing.Contains(i)) return false; // it closes a quotation
        int pStart = i - 1;
        while (pStart > 0 && char.IsLetter(t[pStart - 1])) pStart--;
        return SyllableParser.IsValid(t.AsSpan(pStart, i - pStart));
    }

    // "2 triệu đồng/kgGần đây", "30 kmẢnh vệ tinh": a unit after a slash or a number ends a heading.
    private static bool IsUnit(string t, int pStart)
    {
        int k = pStart - 1;
        if (k >= 0 && t[k] == '/') return true;
        while (k >= 0 && t[k] == ' ') k--;
        return k >= 0 && char.IsDigit(t[k]);
    }

    // A capitalised word of three letters or more (a foreign name: Brie, Khloe, Georgina), then a non-letter.
    private static bool StartsName(string t, int i)
    {
        int k = i + 1;
        while (k < t.Length && char.IsLower(t[k])) k++;
        return k - i >= 3 && (k == t.Length || !char.IsLetterOrDigit(t[k]) && t[k] != '-');   // not "dịchCovid-19"
    }

    // "U23Việt", "H5N1": digits inside a code, not a number ending a field.
    private static bool DigitsInWord(string t, int i)
    {
        int k = i - 1;
        while (k >= 0 && char.IsDigit(t[k])) k--;
        return k >= 0 && char.IsLetter(t[k]);
    }

    // Two or more capitals, then a non-letter: UBND, PGS.TS, APEC.
    private static bool StartsAcronym(string t, int i)
    {
        int k = i;
        while (k < t.Length && char.IsUpper(t[k])) k++;
        return k - i >= 2 && (k == t.Length || !char.IsLetter(t[k]));
    }

    private static bool HasVietnameseLetter(ReadOnlySpan<char> p)
    {
        foreach (char c in p) if (c > '\u007F') return true;
        return false;
    }
}
