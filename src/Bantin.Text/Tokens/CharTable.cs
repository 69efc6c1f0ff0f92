using System.Globalization;
using System.Runtime.CompilerServices;
using Bantin.Text.Syllables;

namespace Bantin.Text.Tokens;

/// <summary>
/// <see cref="CharFlags"/> for every UTF-16 code unit, computed once (128 KB) so the hot loops do one array read per char
/// instead of Unicode category calls.
/// </summary>
internal static class CharTable
{
    private static readonly CharFlags[] Flags = Build();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static CharFlags Of(char c) => Flags[c];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Is(char c, CharFlags any) => (Flags[c] & any) != 0;

    public static bool IsSpace(char c) => (Flags[c] & CharFlags.Space) != 0;

    /// <summary>True when <paramref name="i"/> is inside the text and holds a letter, digit or combining mark.</summary>
    public static bool IsWordAt(ReadOnlySpan<char> text, int i) =>
        (uint)i < (uint)text.Length && (Flags[text[i]] & CharFlags.Word) != 0;

    public static bool IsDigitAt(ReadOnlySpan<char> text, int i) => (uint)i < (uint)text.Length && char.IsAsciiDigit(text[i]);

    /// <summary>
    /// True when every char of <paramref name="span"/> is in [<paramref name="low"/>, <paramref name="high"/>].
    /// A plain loop: MemoryExtensions.ContainsAnyExceptInRange allocated 96 bytes a call for char spans here (.NET 10.0.12).
    /// </summary>
    public static bool AllInRange(ReadOnlySpan<char> span, char low, char high)
    {
        foreach (char c in span)
            if ((uint)(c - low) > (uint)(high - low)) return false;
        return true;
    }

    /// <summary>End of the run of ASCII digits starting at <paramref name="i"/>.</summary>
    public static int DigitsEnd(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
        return i;
    }

    /// <summary>The one space allowed inside a token (<c>500 triệu</c>, <c>TP. HCM</c>): a plain or a no-break space.</summary>
    public static bool IsInnerSpaceAt(ReadOnlySpan<char> text, int i) =>
        (uint)i < (uint)text.Length && text[i] is ' ' or '\u00A0';

    /// <summary>True when a word (letter) run may start at <paramref name="i"/>, including a supplementary letter.</summary>
    public static bool IsLetterAt(ReadOnlySpan<char> text, int i)
    {
        if ((uint)i >= (uint)text.Length) return false;
        var f = Flags[text[i]];
        return (f & CharFlags.Letter) != 0 || ((f & CharFlags.HighSurrogate) != 0 && IsSupplementaryLetter(text, i));
    }

    /// <summary>True for a surrogate pair at <paramref name="i"/> encoding a letter or mark (CJK extension B…).</summary>
    public static bool IsSupplementaryLetter(ReadOnlySpan<char> text, int i)
    {
        if (i + 1 >= text.Length || !char.IsSurrogatePair(text[i], text[i + 1])) return false;
        var category = CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(text[i], text[i + 1]));
        return category <= UnicodeCategory.EnclosingMark; // Lu, Ll, Lt, Lm, Lo, Mn, Mc, Me
    }

    private static CharFlags[] Build()
    {
        var flags = new CharFlags[char.MaxValue + 1];
        for (int i = 0; i <= char.MaxValue; i++)
        {
            char c = (char)i;
            flags[i] = char.IsWhiteSpace(c) ? CharFlags.Space : OfCategory(c, char.GetUnicodeCategory(c));
            if (char.IsUpper(c)) flags[i] |= CharFlags.Upper;
            if (char.IsLower(c)) flags[i] |= CharFlags.Lower;
            if (VietLetters.IsLetter(c)) flags[i] |= CharFlags.VietLetter;
        }
        // Punctuation by Unicode, but symbols in the tokens' sense: they never end or bracket a sentence.
        foreach (char c in "#%&*@/\\§¶†‡‰‱′″‴※") flags[c] = CharFlags.Symbol;
        return flags;
    }

    private static CharFlags OfCategory(char c, UnicodeCategory category) => category switch
    {
        _ when c is >= '0' and <= '9' => CharFlags.Digit,
        <= UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber => CharFlags.Letter,
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => CharFlags.Mark,
        UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
            or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
            or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation => CharFlags.Punctuation,
        UnicodeCategory.Surrogate => char.IsHighSurrogate(c) ? CharFlags.HighSurrogate : CharFlags.LowSurrogate,
        _ when c is '\u200C' or '\u200D' or '\u00AD' => CharFlags.Joiner,
        _ when c is (>= '\u2600' and <= '\u27BF') or (>= '\u2B00' and <= '\u2BFF')
            && category == UnicodeCategory.OtherSymbol => CharFlags.Emoji | CharFlags.Symbol,
        // Symbols, other numbers (² ½), controls, format characters, private use, unassigned: all Symbol tokens.
        _ => CharFlags.Symbol,
    };
}
