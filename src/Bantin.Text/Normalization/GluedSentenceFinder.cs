using Bantin.Text.Sentences;
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
        return VietLetters.IsLetter(p) && !AbbreviationRules.IsPrefixBefore(s, k);
    }
}
