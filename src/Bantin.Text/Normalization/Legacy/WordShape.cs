using Bantin.Text.Syllables;

namespace Bantin.Text.Normalization;

/// <summary>Checks used as evidence: does a (decoded) word read as one ordinary Vietnamese syllable?</summary>
internal static class WordShape
{
    /// <summary>
    /// A valid syllable with its tone where a spelling convention puts it, in lower, Title or UPPER case.
    /// The case and placement checks matter: legacy bytes misread as Latin-1 often give shapes like "tÕt" or "óai".
    /// </summary>
    public static bool IsWellFormed(ReadOnlySpan<char> word) =>
        SyllableParser.TryParse(word, out var syllable) && syllable.IsTonePlacementValid && HasPlainCase(word);

    /// <summary>All lower case, all upper case, or one upper-case letter followed by lower case.</summary>
    public static bool HasPlainCase(ReadOnlySpan<char> word)
    {
        int upper = 0;
        bool upperAfterFirst = false;
        for (int i = 0; i < word.Length; i++)
        {
            if (!IsUpper(word[i])) continue;
            upper++;
            if (i > 0) upperAfterFirst = true;
        }
        return !upperAfterFirst || upper == word.Length;
    }

    /// <summary>True when <paramref name="word"/> spells đ as VIQR's dd (or DD, Dd) at its start.</summary>
    public static bool StartsWithDoubleD(ReadOnlySpan<char> word) => word.Length >= 2 && word[..2] is "dd" or "DD" or "Dd";

    private static bool IsUpper(char c) => VietLetters.IsLetter(c) ? VietLetters.IsUpper(c) : char.IsUpper(c);
}
