namespace Bantin.Text.Tokens;

/// <summary>
/// Tokens that start with a digit: numbers, and what a number becomes with its neighbours: dates and times
/// (<see cref="DateScanner"/>), percentages, amounts, upper-case codes (<c>4G</c>), domains (<c>24h.com.vn</c>).
/// </summary>
internal static class NumberScanner
{
    private const int MaxUnits = 4; // 2 nghìn tỷ đồng; bounds the look-ahead

    public static int Scan(ReadOnlySpan<char> text, int start, out TokenKind kind)
    {
        int digitsEnd = CharTable.DigitsEnd(text, start);
        if (digitsEnd < text.Length)
        {
            char next = text[digitsEnd];
            bool maybeAddress = next is '.' or '@' || char.IsAsciiLetter(next); // 24h.com.vn, 123@x.vn
            if (maybeAddress && NetScanner.TryScan(text, start, digitsEnd, out int end, out kind)) return end;
            end = DateScanner.TryScan(text, start, digitsEnd, out kind);
            if (end > 0) return end;
        }
        int numberEnd = GroupedEnd(text, digitsEnd);
        return Suffix(text, numberEnd, allowCode: numberEnd == digitsEnd, out kind);
    }

    /// <summary><c>$5</c>, <c>€1,5 tỷ</c>: a currency sign before a number; -1 when no number follows.</summary>
    public static int PrefixedAmount(ReadOnlySpan<char> text, int start)
    {
        if (!CharTable.IsDigitAt(text, start + 1)) return -1;
        int numberEnd = GroupedEnd(text, CharTable.DigitsEnd(text, start + 1));
        int unitsEnd = UnitsEnd(text, numberEnd);
        return unitsEnd > 0 ? unitsEnd : numberEnd;
    }

    /// <summary>Grouping and decimals: <c>1.000.000</c>, <c>3,5</c>, <c>3.5</c>. A separator needs a digit after it.</summary>
    private static int GroupedEnd(ReadOnlySpan<char> text, int i)
    {
        while (i + 1 < text.Length && text[i] is '.' or ',' && char.IsAsciiDigit(text[i + 1]))
            i = CharTable.DigitsEnd(text, i + 1);
        return i;
    }

    private static int Suffix(ReadOnlySpan<char> text, int i, bool allowCode, out TokenKind kind)
    {
        int percent = text.Length > i && text[i] == '%' ? i + 1
            : CharTable.IsInnerSpaceAt(text, i) && i + 1 < text.Length && text[i + 1] == '%' ? i + 2 : -1;
        if (percent > 0)
        {
            kind = TokenKind.Percent;
            return percent;
        }
        if (i < text.Length && text[i] is '$' or '€' or '£' or '¥' or '₫')
        {
            kind = TokenKind.Amount;
            return i + 1;
        }
        int end = UnitsEnd(text, i);
        if (end > 0)
        {
            kind = TokenKind.Amount;
            return end;
        }
        end = allowCode ? CodeEnd(text, i) : -1;
        if (end > 0)
        {
            kind = TokenKind.Abbreviation;
            return end;
        }
        kind = TokenKind.Number;
        return i;
    }

    /// <summary>Units after a number, glued or after one space: <c>5kg</c>, <c>500 triệu USD</c>; -1 when none.</summary>
    private static int UnitsEnd(ReadOnlySpan<char> text, int i)
    {
        int end = -1;
        for (int n = 0; n < MaxUnits; n++)
        {
            int unitStart = CharTable.IsInnerSpaceAt(text, i) ? i + 1 : n == 0 ? i : -1;
            if (unitStart < 0) break;
            int unitEnd = UnitWordEnd(text, unitStart);
            var unit = unitEnd > 0 ? Units.Of(text[unitStart..unitEnd]) : Units.Kind.None;
            if (unit == Units.Kind.None) break;
            end = i = unitEnd;
            if (unit == Units.Kind.Final) break;
        }
        return end;
    }

    /// <summary>A word short enough to be a unit (letters, then an optional 2/3/²/³) that ends at a word boundary.</summary>
    private static int UnitWordEnd(ReadOnlySpan<char> text, int i)
    {
        int start = i;
        while (i < text.Length && i - start <= Units.MaxLength && CharTable.Is(text[i], CharFlags.Letter)) i++;
        if (i == start) return -1;
        if (i < text.Length && text[i] is '2' or '3' or '²' or '³') i++;
        return CharTable.IsWordAt(text, i) ? -1 : i;
    }

    /// <summary><c>4G</c>, <c>3D</c>, <c>12A1</c>: digits, one to three capitals, optional digits, then no letter.</summary>
    private static int CodeEnd(ReadOnlySpan<char> text, int i)
    {
        int start = i;
        while (i < text.Length && i - start < 3 && char.IsAsciiLetterUpper(text[i])) i++;
        if (i == start) return -1;
        i = CharTable.DigitsEnd(text, i);
        return CharTable.IsWordAt(text, i) ? -1 : i;
    }
}
