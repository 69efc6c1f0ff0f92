using Bantin.Text.Sentences;
using Bantin.Text.Syllables;

namespace Bantin.Text.Normalization;

/// <summary>
/// Finds sentence-final punctuation glued to the next sentence (<c>Bộ Ngoại giao.Hai nước</c>, <c>(COC).Chủ tịch</c>):
/// the trace a removed line break leaves. What counts as a glued start is the sentence splitter's rule
/// (<see cref="BoundaryRules.IsGluedStart"/>): abbreviations (<c>TP.Hồ Chí Minh</c>), initials and domains are not
/// boundaries; an interview's dash is (<c>VnExpress.-Anh</c>).
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
            if (m < s.Length && EndsSentence(s, k) && BoundaryRules.IsGluedStart(s, k, m)) edits.Report(k, m - k, ChangeKind.GluedSentence);
            int next = s.AsSpan(m).IndexOfAny(Terminators);
            k = next < 0 ? -1 : m + next;
        }
    }

    // What a sentence ends with before its punctuation: a word, a number, a percentage or a closing quote or bracket.
    private static bool EndsSentence(string s, int k)
    {
        if (k == 0) return false;
        char p = s[k - 1];
        return char.IsDigit(p) || Closers.Contains(p) || p == '%' || VietLetters.IsLetter(p);
    }
}
