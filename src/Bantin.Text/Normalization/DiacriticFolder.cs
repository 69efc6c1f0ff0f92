using System.Globalization;
using System.Text;
using Bantin.Text.Syllables;

namespace Bantin.Text.Normalization;

/// <summary>
/// Folds text for diacritic-insensitive matching: lower case, tone marks and letter diacritics removed, đ → d
/// (<c>Đà Nẵng</c> → <c>da nang</c>). For NFC Vietnamese text the result has the same length, so offsets carry over.
/// Combining marks are dropped. Idempotent.
/// </summary>
public static class DiacriticFolder
{
    private const int TableSize = 0x2000;
    private static readonly char[] Table = BuildTable();

    private static char[] BuildTable()
    {
        var table = new char[TableSize];
        for (int i = 0; i < TableSize; i++)
        {
            char c = (char)i;
            if (char.IsSurrogate(c)) { table[i] = c; continue; }
            char b = VietLetters.Base(c);
            if (b != '\0')
            {
                table[i] = b switch { 'ă' or 'â' => 'a', 'ê' => 'e', 'ô' or 'ơ' => 'o', 'ư' => 'u', 'đ' => 'd', _ => b };
                continue;
            }
            if (IsMark(c)) { table[i] = '\0'; continue; }
            string d = c.ToString().Normalize(NormalizationForm.FormD);
            char first = d.Length > 0 && !IsMark(d[0]) ? d[0] : c;
            table[i] = char.ToLowerInvariant(first);
        }
        return table;
    }

    private static bool IsMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.EnclosingMark;

    /// <summary>The folded form of one character; '\0' for a combining mark (dropped).</summary>
    public static char Fold(char c)
    {
        if (c < TableSize) return Table[c];
        char lower = char.ToLowerInvariant(c);
        return lower < TableSize ? Table[lower] : lower; // Å (U+212B, Angstrom sign) lowers to å, which folds on
    }

    /// <summary>The folded text.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Create(FoldedLength(text), text, static (dest, src) => Fold(src, dest));
    }

    /// <summary>Folds <paramref name="source"/> into <paramref name="destination"/>; returns the characters written.</summary>
    public static int Fold(ReadOnlySpan<char> source, Span<char> destination)
    {
        int w = 0;
        foreach (char c in source)
        {
            char f = Fold(c);
            if (f != '\0') destination[w++] = f;
        }
        return w;
    }

    private static int FoldedLength(ReadOnlySpan<char> text)
    {
        int n = 0;
        foreach (char c in text) if (Fold(c) != '\0') n++;
        return n;
    }
}
