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
internal static partial class GlueFinder
{
    private const string Closers = "\"”’)»]'";
    private const string Openers = "\"“‘(«['";

    /// <summary>The glues of <paramref name="t"/>, given which of its straight quotes close (<see cref="StraightQuotes.Closing"/>).</summary>
    public static List<GluePoint> Find(string t, HashSet<int> closing)
    {
        var glues = new List<GluePoint>();
        int partStart = 0;
        // Single quotes counted once, as the scan moves on: how many the current part holds before a capital.
        int quoteCursor = 0, quotesSeen = 0, quotesAtPart = 0;
        int QuotesBefore(int p)
        {
            for (; quoteCursor < p; quoteCursor++) if (t[quoteCursor] == '\'') quotesSeen++;
            return quotesSeen;
        }
        void StartPart(int at)
        {
            partStart = at;
            quotesAtPart = QuotesBefore(at);
        }
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
                if (start < t.Length && IsFieldStart(t, start, digitBefore: IsNumberContinuing(t, i, start)) && !IsLetterCode(t, i)
                    && (nbsp || t[start] is '-' or '–' || !IsAbbreviation(t, i, end, start)))
                {
                    glues.Add(new GluePoint(end, start, nbsp ? GlueKind.NoBreakSpace : GlueKind.Punctuation, false));
                    StartPart(start);
                }
                i = Math.Max(i, start - 1);
                continue;
            }
            // (i > partStart: a field already starts here otherwise; and the quote count only moves forward)
            if (VietLetters.IsUpper(c) && i > partStart
                && TryHeadingGlue(t, i, partStart, closing, QuotesBefore(i - 1) - quotesAtPart, out bool namePair))
            {
                glues.Add(new GluePoint(i, i, GlueKind.Heading, namePair));
                StartPart(i);
            }
            else if (c is '-' or '–' or '*' or '•' && IsDashListGlue(t, i, partStart) || c == '(' && IsCaptionGlue(t, i, partStart))
            {
                glues.Add(new GluePoint(i, i, GlueKind.Heading, false));
                StartPart(i);
            }
            else if (c is '"' or '“' && IsQuotedHeadingGlue(t, i, partStart, closing))
            {
                glues.Add(new GluePoint(i, i, GlueKind.Heading, false));
                StartPart(i);
                i++;
            }
        }
        return glues;
    }

    private static bool IsTerminator(char c) => c is '.' or '!' or '?' or '…';

    // "chia sẻ:“Chúng tôi…", "kết quả:1. Amazon": a colon run into a quotation, a capital or a numbered item, where
    // text always has a space ("10:30" has digits on both sides).
    private static bool IsColonGlue(string t, int i) =>
        i + 1 < t.Length && (!char.IsDigit(t[i - 1]) || VietLetters.IsUpper(t[i + 1]) && i + 2 < t.Length && char.IsLower(t[i + 2]))
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
        if (IsDateOrScoreEnd(t, mark, before)) return false; // "hôm 24/6.93 người", "dẫn 4-2.5 phút sau"
        if (before != 4 || grouped) return true;         // 3.5 (decimal), mục 1202.12
        int year = int.Parse(t.AsSpan(mark - 4, 4), System.Globalization.CultureInfo.InvariantCulture);
        return year is < 1900 or > 2100;                 // "năm 2019.9 tháng": a year ends the sentence
    }

    // The number before the full stop is the second part of a date or score written with a slash or hyphen (24/6,
    // 25-11, 4-2): it takes no decimals, so digits after the full stop (other than a thousands group) begin a new
    // sentence. Not a ratio of decimals (3.77/4.0) nor a licence plate (B 2-101.77).
    private static bool IsDateOrScoreEnd(string t, int mark, int before)
    {
        int sep = mark - before - 1;
        if (before > 2 || sep < 1 || t[sep] is not ('/' or '-') || !char.IsDigit(t[sep - 1])) return false;
        int k = sep - 1;
        while (k > 0 && char.IsDigit(t[k - 1])) k--;
        return sep - k <= 2 && (k == 0 || t[k - 1] is not ('.' or ','));
    }

    /// <summary>
    /// True when the full stop at <paramref name="mark"/> is inside a code of one capital and dotted numbers, which text
    /// writes without spaces: <c>biến chủng B.1.617</c>, <c>B.1.1.7</c>. (A field ending in an initial and the next
    /// beginning with a numbered item, <c>anh B.1. Ông</c>, is not followed by a second dotted number.)
    /// </summary>
    internal static bool IsLetterCode(string t, int mark)
    {
        if (t[mark] != '.' || mark == 0 || !char.IsUpper(t[mark - 1]) || mark >= 2 && char.IsLetter(t[mark - 2])) return false;
        int k = mark + 1;
        while (k < t.Length && char.IsAsciiDigit(t[k])) k++;
        return k > mark + 1 && k + 1 < t.Length && t[k] == '.' && char.IsAsciiDigit(t[k + 1]);
    }

    /// <summary>
    /// A name written with a lower-case first letter and a capital second (<c>iPhone</c>, <c>iPad</c>, <c>eBay</c>):
    /// a field may start with it as with a capitalised word.
    /// </summary>
    internal static bool IsLowerCamelName(string t, int j) =>
        j + 2 < t.Length && t[j] is >= 'a' and <= 'z' && char.IsAsciiLetterUpper(t[j + 1]) && char.IsAsciiLetterLower(t[j + 2])
        && (j == 0 || !char.IsLetter(t[j - 1]));

    /// <summary>
    /// A lower-case-first name that is a word of its own (<c>iPhone 12S</c>, <c>iPad,</c>), not the start of a domain
    /// or path (<c>iCloud.com</c>, <c>iTunes/…</c>).
    /// </summary>
    internal static bool StartsLowerCamelWord(string t, int j)
    {
        if (!IsLowerCamelName(t, j)) return false;
        int e = j;
        while (e < t.Length && char.IsLetterOrDigit(t[e])) e++;
        return e == t.Length || !(t[e] == '/' || t[e] == '.' && e + 1 < t.Length && char.IsLetter(t[e + 1]));
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

    /// <summary>What may begin a field: a capital, an opening quote or bracket before a capital or digit, a digit
    /// (not right after another: 3.5 is a number), a list dash.</summary>
    private static bool IsFieldStart(string t, int j, bool digitBefore)
    {
        char ch = t[j];
        if (char.IsUpper(ch) || StartsLowerCamelWord(t, j)) return true;
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
    internal static bool IsAbbreviation(string t, int mark, int end, int start)
    {
        if (t[mark] != '.' || end - mark != 1) return false;
        int w = SentenceSplitter.AbbreviationStart(t, mark);                     // "sót.T.Thủy": the word is "T"
        var before = t.AsSpan(w, mark - w);
        // After a dotted or upper-case abbreviation, only a capitalised word starts a new field: "tại TP.HCM.Ông Sơn",
        // "APEC.Australia"; not "TP.HCM", "N.H)".
        bool wordAfter = start + 1 < t.Length && char.IsUpper(t[start]) && char.IsLower(t[start + 1]) || IsLowerCamelName(t, start);
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

    internal static bool AllUpper(ReadOnlySpan<char> s)
    {
        foreach (char c in s) if (!char.IsUpper(c)) return false;
        return true;
    }
}
