using Bantin.Text.Lexicons;
using Bantin.Text.Sentences;
using Bantin.Text.Syllables;

namespace Bantin.News.Structure;

/// <summary>
/// Finds where the fields of a fused article were run together: sentence punctuation directly followed by the start of
/// a new field (no space, or only a no-break space), or a word directly followed by a capitalised Vietnamese syllable.
/// Text that naturally has no space there stays whole: abbreviations (<c>TP.HCM</c>, <c>GS.Ngô</c>), decimals,
/// domains, camel-case names (<c>VnExpress</c>, <c>iPhone</c>, <c>TikTok</c>).
/// </summary>
internal static class GlueFinder
{
    private const string Closers = "\"”’)»]'";
    private const string Openers = "\"“‘(«['";

    public static List<GluePoint> Find(string t)
    {
        var glues = new List<GluePoint>();
        var closing = ClosingQuotes(t);
        int partStart = 0;
        for (int i = 1; i < t.Length; i++)
        {
            char c = t[i];
            if (IsTerminator(c) || c == ':' && IsColonGlue(t, i) || c is ';' or ',' && IsListGlue(t, i))
            {
                int end = i + 1;
                while (end < t.Length && IsTerminator(t[end])) end++;
                end = SkipClosers(t, end, closing);
                int start = end;
                while (start < t.Length && IsNoBreakSpace(t[start])) start++;
                bool nbsp = start > end;
                if (start < t.Length && IsFieldStart(t, start, digitBefore: IsNumberContinuing(t, i, start))
                    && (nbsp || t[start] is '-' or '–' || !IsAbbreviation(t, i, end, start)))
                {
                    glues.Add(new GluePoint(end, start, nbsp ? GlueKind.NoBreakSpace : GlueKind.Punctuation, false));
                    partStart = start;
                }
                i = Math.Max(i, start - 1);
                continue;
            }
            if (VietLetters.IsUpper(c) && TryHeadingGlue(t, i, partStart, closing, out bool namePair))
            {
                glues.Add(new GluePoint(i, i, GlueKind.Heading, namePair));
                partStart = i;
            }
            else if (c is '-' or '–' or '*' or '•' && IsDashListGlue(t, i, partStart) || c == '(' && IsCaptionGlue(t, i, partStart))
            {
                glues.Add(new GluePoint(i, i, GlueKind.Heading, false));
                partStart = i;
            }
            else if (c is '"' or '“' && IsQuotedHeadingGlue(t, i, partStart, closing))
            {
                glues.Add(new GluePoint(i, i, GlueKind.Heading, false));
                partStart = i;
                i++;
            }
        }
        return glues;
    }

    private static bool IsTerminator(char c) => c is '.' or '!' or '?' or '…';

    // "chia sẻ:“Chúng tôi…", "kết quả:1. Amazon": a colon run into a quotation, a capital or a numbered item, where
    // text always has a space ("10:30" has digits on both sides).
    private static bool IsColonGlue(string t, int i) =>
        i + 1 < t.Length && !char.IsDigit(t[i - 1])
        && (t[i + 1] is '“' or '"' || VietLetters.IsUpper(t[i + 1]) || t[i + 1] is '-' or '–' && i + 2 < t.Length && t[i + 2] == ' '
            || char.IsDigit(t[i + 1]) && i + 3 < t.Length && t[i + 2] is '.' or ')' && t[i + 3] == ' ');

    // "…khoa học cơ bản;Một số…", "…điều lệ,Việc đưa…": list lines ending in ; or , run into a capitalised syllable.
    private static bool IsListGlue(string t, int i) =>
        i > 0 && char.IsLetter(t[i - 1]) && StartsCapitalisedSyllable(t, i + 1) && i + 2 < t.Length && char.IsLower(t[i + 2]);

    /// <summary>
    /// True when digits on both sides of the full stop form one number: 3.500, 1.000.000 (thousands), 3.5. A year or
    /// other ungrouped number of three or more digits before it, and anything but three digits after it, is a field
    /// ending in a number and the next starting with one ("năm 2019.9 tháng đầu năm").
    /// </summary>
    private static bool IsNumberContinuing(string t, int mark, int start)
    {
        if (mark == 0 || !char.IsDigit(t[mark - 1]) || t[mark] != '.') return char.IsDigit(t[Math.Max(0, mark - 1)]) && t[mark] != '.';
        int before = 0;
        for (int k = mark - 1; k >= 0 && char.IsDigit(t[k]); k--) before++;
        bool grouped = mark - before - 1 >= 0 && t[mark - before - 1] == '.';
        int after = 0;
        for (int k = start; k < t.Length && char.IsDigit(t[k]); k++) after++;
        if (after == 3) return true;                     // thousands
        if (before != 4 || grouped) return true;         // 3.5 (decimal), mục 1202.12
        int year = int.Parse(t.AsSpan(mark - 4, 4), System.Globalization.CultureInfo.InvariantCulture);
        return year is < 1900 or > 2100;                 // "năm 2019.9 tháng": a year ends the sentence
    }

    private static bool IsNoBreakSpace(char c) => c is '\u00A0' or '\u202F' or '\u2007';

    // Closing quotes and brackets stay with the field they close; a straight quote only when it closes.
    private static int SkipClosers(string t, int end, HashSet<int> closing)
    {
        while (end < t.Length && Closers.Contains(t[end]))
        {
            if (t[end] is '"' or '\'' && !closing.Contains(end)) break;
            end++;
        }
        return end;
    }

    /// <summary>
    /// Which straight double quotes close a quotation. Spacing decides where it can (a quote before a space or
    /// punctuation closes, one after a space opens); a quote glued on both sides (<c>định."Đã</c>) closes only if a
    /// quotation is open. The state runs through the whole text, since a quotation may span paragraphs.
    /// </summary>
    private static HashSet<int> ClosingQuotes(string t)
    {
        var closing = new HashSet<int>();
        bool open = false;
        for (int i = t.IndexOf('"'); i >= 0; i = t.IndexOf('"', i + 1))
        {
            char before = i > 0 ? t[i - 1] : ' ', after = i + 1 < t.Length ? t[i + 1] : ' ';
            bool closes = char.IsWhiteSpace(after) || after is ',' or '.' or ';' or ':' or '!' or '?' or ')' ? true
                : char.IsWhiteSpace(before) || before is '(' or '[' or '“' ? false
                : open;
            if (closes) closing.Add(i);
            open = !closes;
        }
        return closing;
    }

    /// <summary>What may begin a field: a capital, an opening quote or bracket before a capital or digit, a digit
    /// (not right after another: 3.5 is a number), a list dash.</summary>
    private static bool IsFieldStart(string t, int j, bool digitBefore)
    {
        char ch = t[j];
        if (char.IsUpper(ch)) return true;
        if (char.IsDigit(ch)) return !digitBefore;
        if (Openers.Contains(ch))
        {
            int k = j;
            while (k < t.Length && (Openers.Contains(t[k]) || t[k] == ' ')) k++;
            return k < t.Length && (char.IsUpper(t[k]) || char.IsDigit(t[k]));
        }
        return ch is '-' or '–' or '—' or '•' or '+' && j + 1 < t.Length && t[j + 1] == ' ';
    }

    /// <summary>
    /// The full stop belongs to an abbreviation or an initial: TP.HCM, U.S, Q.1, GS.TS, TP.Hồ Chí Minh, M.Pence, N.H),
    /// PV.VietNamNet. Glued to a capitalised Vietnamese syllable after a dotted or upper-case abbreviation, it ends a
    /// sentence all the same: "tại TP.HCM.Ông Sơn", "(APEC).Chủ tịch".
    /// </summary>
    private static bool IsAbbreviation(string t, int mark, int end, int start)
    {
        if (t[mark] != '.' || end - mark != 1) return false;
        int w = SentenceSplitter.AbbreviationStart(t, mark);                     // "sót.T.Thủy": the word is "T"
        var before = t.AsSpan(w, mark - w);
        // After a dotted or upper-case abbreviation, only a capitalised word starts a new field: "tại TP.HCM.Ông Sơn",
        // "APEC.Australia"; not "TP.HCM", "N.H)".
        bool wordAfter = start + 1 < t.Length && char.IsUpper(t[start]) && char.IsLower(t[start + 1]);
        if (before.Contains('.')) return !wordAfter;
        if (SentenceSplitter.IsAbbreviationPeriod(t, mark)) return true;        // TP.Hồ Chí Minh, GS.Ngô, M.Pence
        if (!before.IsEmpty && before.Length <= 5 && AllUpper(before)) return !wordAfter;
        return false;
    }

    private static bool StartsCapitalisedSyllable(string t, int i)
    {
        if (i >= t.Length || !VietLetters.IsUpper(t[i])) return false;
        int e = i + 1;
        while (e < t.Length && VietLetters.IsLetter(t[e]) && !VietLetters.IsUpper(t[e])) e++;
        return (e == t.Length || !char.IsLetterOrDigit(t[e])) && (e - i >= 2 || t[i] > '\u007F') && SyllableParser.IsValid(t.AsSpan(i, e - i));
    }

    private static bool AllUpper(ReadOnlySpan<char> s)
    {
        foreach (char c in s) if (!char.IsUpper(c)) return false;
        return true;
    }

    /// <summary>
    /// A capitalised Vietnamese syllable at <paramref name="i"/> run straight into what comes before (a word, a digit,
    /// a closing quote): <c>MinskLiên</c>, <c>ÁNăm</c>, <c>10Năm</c>, <c>APECChủ</c>, <c>lýTừ</c>.
    /// </summary>
    private static bool TryHeadingGlue(string t, int i, int partStart, HashSet<int> closing, out bool namePair)
    {
        namePair = false;
        if (i <= partStart) return false; // a field already starts here
        char prev = t[i - 1];
        if (!(char.IsLetter(prev) || char.IsDigit(prev) || Closers.Contains(prev) || prev is '?' or '!' or '%'
              || prev == '/' && InUrl(t, i - 1))) return false;
        // A straight quote right before the capital belongs to it when it opens a quotation.
        if (prev == '"' && !closing.Contains(i - 1) || prev == '\'' && t.AsSpan(partStart, i - 1 - partStart).Count('\'') % 2 == 0)
            return false;
        int wEnd = i + 1;
        while (wEnd < t.Length && VietLetters.IsLetter(t[wEnd]) && !VietLetters.IsUpper(t[wEnd])) wEnd++;
        bool syllable = (wEnd - i >= 2 || t[i] > '\u007F') && !(wEnd < t.Length && (char.IsLetterOrDigit(t[wEnd]) || t[wEnd] == '-'))
                        && SyllableParser.IsValid(t.AsSpan(i, wEnd - i));       // "đồng/quảỞ Việt Nam": Ở is a word
        // After a digit or a closing bracket or quote: a Vietnamese syllable, or a foreign name ("năm 1995Chelsi Smith",
        // "(phải)Calvin Klein").
        if (!char.IsLetter(prev)) return syllable || (char.IsDigit(prev) || prev is ')' or '"' or '”') && StartsName(t, i) && !DigitsInWord(t, i);

        int pStart = i - 1;
        while (pStart > 0 && char.IsLetter(t[pStart - 1])) pStart--;
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
            if (!HasVietnameseLetter(p) && p.Length <= 4 && !urlBefore && !IsCommonSyllable(t.AsSpan(i, wEnd - i))) return false;
            // Two capitalised syllables: a heading ending in a name ("bầu ĐứcTuần qua") unless together they are a known
            // name or word, written without its space ("MêKông", "CầnThơ").
            namePair = pSyllable && IsKnownPair(p, t.AsSpan(i, wEnd - i));
        }
        return true;
    }

    private static bool IsKnownPair(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        Span<char> buffer = stackalloc char[first.Length + 1 + second.Length];
        first.ToLowerInvariant(buffer);
        buffer[first.Length] = ' ';
        second.ToLowerInvariant(buffer[(first.Length + 1)..]);
        return KnownWords.Contains(buffer);
    }

    // "nguyên Tổng giám đốc DAB- Nguyễn Thị Vân": a list line ("- …") run into the line before; text writes " - ".
    // After a word, only a capital counts ("MB- cho hay" is a typo inside a sentence).
    private static bool IsDashListGlue(string t, int i, int partStart)
    {
        if (i <= partStart || i + 2 >= t.Length) return false;
        if (t[i] is '*' or '•' && char.IsLetter(t[i - 1]) && char.IsUpper(t[i + 1])) return true;    // "Lệ Thu*Mọi ý kiến…"
        return t[i + 1] == ' ' && char.IsLetter(t[i + 2])
               && (t[i - 1] is '.' or ')' or ':' || char.IsLetterOrDigit(t[i - 1]) && char.IsUpper(t[i + 2]));
    }

    // "…phát biểu tại Hội nghị(Ảnh: Giáo dục thời đại).": a photo caption run into the line before.
    private static bool IsCaptionGlue(string t, int i, int partStart) =>
        i > partStart && char.IsLetter(t[i - 1])
        && (t.AsSpan(i + 1).StartsWith("Ảnh") || t.AsSpan(i + 1).StartsWith("Video") || t.AsSpan(i + 1).StartsWith("Nguồn"));

    // "…tại: https://chaching.cartoonnetworkasia.com/vn/Trường Thịnh": the slash ends a URL, not a word pair.
    private static bool InUrl(string t, int slash)
    {
        int k = slash;
        while (k > 0 && !char.IsWhiteSpace(t[k - 1])) k--;
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

    private static bool IsCommonSyllable(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return KnownWords.ContainsSyllable(lower);
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
