using System.Buffers;
using System.Globalization;
using System.Text;

namespace Bantin.Text.Normalization;

/// <summary>Unicode NFC, one grapheme cluster at a time so each change keeps its own offsets.</summary>
internal static class ComposePass
{
    public static void Run(EditBuilder edits, NormalizerOptions options)
    {
        string s = edits.Source;
        if (s.AsSpan().IndexOfAnyExcept(NfcSafe) < 0 || s.IsNormalized(NormalizationForm.FormC)) return;

        for (int i = 0; i < s.Length;)
        {
            char c = s[i];
            if (!IsNfcSafe(c) || i + 1 < s.Length && IsCombining(s[i + 1]))
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

    private static readonly SearchValues<char> NfcSafe = SearchValues.Create(SafeCharacters());

    private static string SafeCharacters()
    {
        var sb = new StringBuilder();
        for (char c = '\0'; c < '\uFFFF'; c++) if (IsNfcSafe(c)) sb.Append(c);
        return sb.ToString();
    }

    /// <summary>Characters NFC leaves alone whatever follows them, except a combining mark (checked separately).</summary>
    private static bool IsNfcSafe(char c) =>
        c < '\u0300' || (c >= '\u1EA0' && c <= '\u1EFF') || (c >= '\u2010' && c <= '\u205F');

    internal static bool IsCombining(char c) =>
        c >= '\u0300' && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
