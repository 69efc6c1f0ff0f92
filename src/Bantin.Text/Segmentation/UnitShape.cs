using Bantin.Text.Syllables;

namespace Bantin.Text.Segmentation;

/// <summary>What a segmentation unit looks like, from its characters alone (so training text and raw text agree).</summary>
internal enum UnitShape : byte
{
    /// <summary>A Vietnamese syllable in lower case: <c>doanh</c>.</summary>
    Lower,
    /// <summary>A Vietnamese syllable with a capital first letter: <c>Quang</c>.</summary>
    Title,
    /// <summary>A Vietnamese syllable in capitals: <c>NAM</c>.</summary>
    Upper,
    /// <summary>Other letters, lower case: <c>ôtô</c>, <c>online</c>.</summary>
    ForeignLower,
    /// <summary>Other letters, capital first: <c>Minsk</c>, <c>Lukashenko</c>.</summary>
    ForeignTitle,
    /// <summary>Other letters in capitals or mixed case: <c>UBND</c>, <c>iPhone</c>, <c>TP.HCM</c>.</summary>
    ForeignUpper,
    /// <summary>Digits, maybe with separators: <c>1.000</c>, <c>12/1</c>, <c>13h30</c>.</summary>
    Number,
    /// <summary>Punctuation only: <c>,</c> <c>...</c>.</summary>
    Punctuation,
    /// <summary>Anything else: symbols, emoji, URLs.</summary>
    Other,
}

internal static class UnitShapes
{
    /// <summary>True when no word may span the unit: punctuation and other non-word material.</summary>
    public static bool IsBreak(UnitShape shape) => shape is UnitShape.Punctuation or UnitShape.Other;

    public static UnitShape Of(ReadOnlySpan<char> unit)
    {
        if (unit.IsEmpty) return UnitShape.Other;
        int letters = 0, upper = 0, digits = 0, punct = 0, other = 0;
        foreach (char c in unit)
        {
            if (char.IsLetter(c)) { letters++; if (char.IsUpper(c)) upper++; }
            else if (char.IsDigit(c)) digits++;
            else if (char.IsPunctuation(c)) punct++;
            else other++;
        }
        if (letters == 0)
        {
            if (digits > 0) return UnitShape.Number;
            return other == 0 ? UnitShape.Punctuation : UnitShape.Other;
        }
        if (digits > 0 && char.IsDigit(unit[0])) return UnitShape.Number; // 13h30, 4G
        if (other > 0) return UnitShape.Other;
        bool titleCase = upper == 1 && char.IsUpper(unit[0]);
        if (punct == 0 && digits == 0 && SyllableParser.IsValid(unit))
            return upper == 0 ? UnitShape.Lower : titleCase ? UnitShape.Title : upper == letters ? UnitShape.Upper : UnitShape.ForeignUpper;
        if (upper == 0 && digits == 0 && punct == 0) return UnitShape.ForeignLower;
        return titleCase && digits == 0 && punct == 0 ? UnitShape.ForeignTitle : UnitShape.ForeignUpper;
    }
}
