using Bantin.Text.Syllables;

namespace Bantin.Text.Normalization;

/// <summary>
/// Finds sentence-final punctuation glued to the next sentence (<c>Bộ Ngoại giao.Hai nước</c>, <c>(COC).Chủ tịch</c>):
/// the trace a removed line break leaves. Abbreviations (<c>TP.Hồ Chí Minh</c>), initials and domains are not boundaries.
/// </summary>
internal static class GluedSentenceFinder
{
    private const string Terminators = ".!?…";
    private const string Closers = "\"”’)»]'";

    // Upper-case abbreviations that are glued to a following name by convention, not by a lost line break.
    private static readonly HashSet<string> Prefixes = new(StringComparer.Ordinal)
    {
        "TP", "Q", "P", "TX", "TT", "H", "X", "GS", "PGS", "TS", "BS", "KS", "ThS", "CN", "NXB", "ĐH", "St", "Mr", "Mrs", "Ms", "Dr",
    };

    public static void Report(EditBuilder edits)
    {
        string s = edits.Source;
        int k = s.AsSpan().IndexOfAny(Terminators);
        while (k >= 0)
        {
            int m = k + 1;
            while (m < s.Length && Terminators.Contains(s[m])) m++;
            while (m < s.Length && Closers.Contains(s[m])) m++;
            if (IsSentenceStart(s, m) && EndsSentence(s, k)) edits.Report(k, m - k, ChangeKind.GluedSentence);
            int next = s.AsSpan(m).IndexOfAny(Terminators);
            k = next < 0 ? -1 : m + next;
        }
    }

    // An upper-case letter followed by a lower-case one: "Hai", "Tổng" (not "HCM", not "1").
    private static bool IsSentenceStart(string s, int m) =>
        m + 1 < s.Length && VietLetters.IsUpper(s[m]) && VietLetters.IsLetter(s[m + 1]) && !VietLetters.IsUpper(s[m + 1]);

    private static bool EndsSentence(string s, int k)
    {
        if (k == 0) return false;
        char p = s[k - 1];
        if (char.IsDigit(p) || Closers.Contains(p) || p == '%') return true;
        if (!VietLetters.IsLetter(p)) return false;
        int start = k - 1;
        while (start > 0 && VietLetters.IsLetter(s[start - 1])) start--;
        var word = s.AsSpan(start, k - start);
        if (start > 0 && s[start - 1] == '.') return false;              // v.v.Tiếp, a.b.C: a dotted abbreviation
        if (!VietLetters.IsUpper(word[0]) || word.Length > 1 && !VietLetters.IsUpper(word[1]))
            return !Prefixes.Contains(word.ToString()) || !VietLetters.IsUpper(word[0]);
        // All-caps word: an acronym ending the sentence ("APEC.Tổng") unless it is a known prefix or an initial.
        return word.Length > 1 && !Prefixes.Contains(word.ToString());
    }
}
