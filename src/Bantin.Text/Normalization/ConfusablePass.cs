using Bantin.Text.Syllables;

namespace Bantin.Text.Normalization;

/// <summary>
/// Replaces letters that look like đ/Đ (Icelandic eth Ð ð, African D Ɖ ɖ) where the word they stand in then reads as
/// Vietnamese: "Ðà Nẵng" is Đà Nẵng, "Guðrún" stays. Runs after composition, so words are whole.
/// </summary>
internal static class ConfusablePass
{
    private const string Confusables = "\u00D0\u00F0\u0189\u0256";

    public static void Run(EditBuilder edits, NormalizerOptions options)
    {
        if (!options.ReplaceConfusables) return;
        string s = edits.Source;
        int i = s.AsSpan().IndexOfAny(Confusables);
        while (i >= 0)
        {
            if (ReadsAsVietnamese(s, i)) edits.Replace(i, 1, Replacement(s[i]).ToString(), ChangeKind.Confusable);
            int next = s.AsSpan(i + 1).IndexOfAny(Confusables);
            i = next < 0 ? -1 : i + 1 + next;
        }
    }

    private static bool IsConfusable(char c) => Confusables.Contains(c);

    private static char Replacement(char c) => c is '\u00D0' or '\u0189' ? 'Đ' : 'đ';

    private static bool ReadsAsVietnamese(string s, int i)
    {
        int start = i, end = i + 1;
        while (start > 0 && (VietLetters.IsLetter(s[start - 1]) || IsConfusable(s[start - 1]))) start--;
        while (end < s.Length && (VietLetters.IsLetter(s[end]) || IsConfusable(s[end]))) end++;
        if (end - start > SyllableParser.MaxLength) return false;
        if (end < s.Length && ComposePass.IsCombining(s[end])) return false;
        Span<char> word = stackalloc char[end - start];
        for (int k = start; k < end; k++) word[k - start] = IsConfusable(s[k]) ? Replacement(s[k]) : s[k];
        return SyllableParser.IsValid(word);
    }
}
