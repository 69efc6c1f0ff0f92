using System.Globalization;
using System.Text;
using Bantin.Text.Syllables;

namespace Bantin.Text.Normalization;

/// <summary>
/// Unicode NFC, one grapheme cluster at a time so each change keeps its own offsets, and look-alike letters
/// (Ð, ð, Ɖ, ɖ) replaced by đ/Đ where the word then reads as Vietnamese.
/// </summary>
internal static class ComposePass
{
    public static void Run(EditBuilder edits, NormalizerOptions options)
    {
        string s = edits.Source;
        bool needsNfc = false, hasConfusable = false;
        foreach (char c in s)
        {
            if (IsConfusable(c)) hasConfusable = true;
            else if (!IsNfcSafe(c)) needsNfc = true;
        }
        needsNfc = needsNfc && !s.IsNormalized(NormalizationForm.FormC);
        hasConfusable &= options.ReplaceConfusables;
        if (!needsNfc && !hasConfusable) return;

        for (int i = 0; i < s.Length;)
        {
            char c = s[i];
            if (hasConfusable && IsConfusable(c) && ReadsAsVietnamese(s, i))
            {
                edits.Replace(i, 1, char.IsUpper(c) ? "Đ" : "đ", ChangeKind.Confusable);
                i++;
                continue;
            }
            if (needsNfc && !IsNfcSafe(c) || needsNfc && i + 1 < s.Length && IsCombining(s[i + 1]))
            {
                int len = StringInfo.GetNextTextElementLength(s.AsSpan(i));
                var cluster = s.AsSpan(i, len);
                if (!cluster.IsNormalized(NormalizationForm.FormC))
                    edits.Replace(i, len, cluster.ToString().Normalize(NormalizationForm.FormC), ChangeKind.Compose);
                i += len;
                continue;
            }
            i++;
        }
    }

    /// <summary>Characters NFC leaves alone whatever follows them, except a combining mark (checked separately).</summary>
    private static bool IsNfcSafe(char c) =>
        c < '\u0300' || (c >= '\u1EA0' && c <= '\u1EFF') || (c >= '\u2010' && c <= '\u205F');

    private static bool IsCombining(char c) =>
        c >= '\u0300' && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static bool IsConfusable(char c) => c is '\u00D0' or '\u00F0' or '\u0189' or '\u0256';

    private static bool ReadsAsVietnamese(string s, int i)
    {
        int start = i, end = i + 1;
        while (start > 0 && (VietLetters.IsLetter(s[start - 1]) || IsConfusable(s[start - 1]))) start--;
        while (end < s.Length && (VietLetters.IsLetter(s[end]) || IsConfusable(s[end]))) end++;
        if (end - start > SyllableParser.MaxLength) return false;
        Span<char> word = stackalloc char[end - start];
        for (int k = start; k < end; k++)
            word[k - start] = IsConfusable(s[k]) ? (char.IsUpper(s[k]) ? 'Đ' : 'đ') : s[k];
        return SyllableParser.IsValid(word);
    }
}
