namespace Bantin.News.Structure.Learning;

/// <summary>
/// Where the model may put a boundary the rules did not. Fields were run together with no separator, so a field begins
/// right after a no-break space; at a capital, digit, opening quote or bracket glued to a word, to sentence punctuation
/// or to a closing quote (<c>MinskLiên</c>, <c>2020Năm</c>, <c>giao.Hai</c>, <c>nói."Chúng</c>); or at a list dash
/// (<c>333- Email</c>, <c>quy định;- Ngày</c>; after a word only in a list, <see cref="GlueFinder.MayStartItem"/>).
/// Never inside an upper-case word (<c>U|SD</c>) nor at a lower-case letter. After a slash, hyphen, comma, semicolon, colon or apostrophe, text glues on its own (<c>đồng/kg</c>,
/// <c>SARS-CoV</c>, <c>N'Djamena</c>): there only the rules (<see cref="GlueFinder"/>) find boundaries, because the
/// training text (tokenized news, spaced everywhere) shows no glue there that is not a boundary.
/// </summary>
internal static class BoundaryCandidates
{
    public static bool IsNoBreakSpace(char c) => c is '\u00A0' or '\u202F' or '\u2007';

    /// <summary>True when a field may begin at <paramref name="i"/> (0 &lt; i &lt; length).</summary>
    public static bool IsCandidate(string t, int i)
    {
        char c = t[i], prev = t[i - 1];
        if (char.IsWhiteSpace(c)) return false;
        if (IsNoBreakSpace(prev)) return true;
        bool afterWord = char.IsLetterOrDigit(prev), afterStop = prev is '.' or '!' or '?' or '…';
        bool afterCloser = prev is '"' or '”' or '’' or ')' or ']' or '»';
        if (char.IsLower(c)) return (afterStop || afterCloser) && GlueFinder.StartsLowerCamelWord(t, i);
        if (char.IsUpper(c) && char.IsUpper(prev) && (i + 1 == t.Length || !char.IsLower(t[i + 1]))) return false; // U|SD, C|NBC
        if (char.IsUpper(c) || c is '"' or '“' or '(' or '[' or '«') return afterWord || afterStop || afterCloser;
        if (char.IsDigit(c)) return !char.IsDigit(prev) && (afterWord || afterCloser || afterStop && IsGluedItem(t, i) && !GlueFinder.IsLetterCode(t, i - 1));
        // After a letter, a dash starts an item only in a list; alone it joins names ("ngành Tài chính- Ngân hàng").
        if (c is '-' or '–' or '•' or '*' or '+')
            return (afterWord || afterStop || afterCloser || prev is ';' or ',' or ':') && IsListItem(t, i) && !IsNumberRange(t, i)
                   && GlueFinder.MayStartItem(t, i);
        return false;
    }

    // "- Email", "-  Nguyễn", "- 778/10 Nguyễn Kiệm": a dash or bullet, space, then a capital or a number.
    private static bool IsListItem(string t, int i)
    {
        int k = i + 1;
        if (k >= t.Length || t[k] != ' ') return false;
        while (k < t.Length && t[k] == ' ') k++;
        return k < t.Length && (char.IsUpper(t[k]) || char.IsDigit(t[k]));
    }

    /// <summary>
    /// A list dash run into the number that ends the item before (<c>Hotline: 084 7575 333- Email: …</c>, <c>năm
    /// 2020- Đại sứ…</c>), another dash item nearby: in the training text a field starts there 54 times in 58. Not after
    /// a number of one or two digits, which is the item's own marker (<c>vì:1- Chúng ta</c>, <c>7), 4- Philippines</c>).
    /// </summary>
    public static bool IsItemAfterNumber(string t, int i)
    {
        if (t[i] is not ('-' or '–') || !char.IsDigit(t[i - 1]) || !IsListItem(t, i) || IsNumberRange(t, i)) return false;
        int s = i - 1;
        while (s > 0 && char.IsDigit(t[s - 1])) s--;
        return i - s >= 3 && GlueFinder.InList(t, i);
    }

    // "năm học 2021- 2022", "tăng 8- 10%": a dash between two numbers is a range, not a list item.
    private static bool IsNumberRange(string t, int i)
    {
        if (!char.IsDigit(t[i - 1])) return false;
        int k = i + 1;
        while (k < t.Length && t[k] == ' ') k++;
        return k < t.Length && char.IsDigit(t[k]);
    }

    // "năm 2019.9 tháng", "USD mỗi phút.3. Alphabet": a digit after a full stop, the full stop after a letter or a
    // number that is not grouped like 3.500.
    private static bool IsGluedItem(string t, int i) => i >= 2 && !char.IsDigit(t[i - 2]) || i + 1 < t.Length && t[i + 1] is '.' or ')' or ' ';
}
