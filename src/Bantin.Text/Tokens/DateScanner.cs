namespace Bantin.Text.Tokens;

/// <summary>
/// Dates and times that start with a number: <c>12/1</c>, <c>12/1/2018</c>, <c>6/2018</c>, <c>12.1.2018</c>,
/// <c>12-1-2018</c>, <c>2018-01-12</c>, ranges <c>26 - 28/6</c> and <c>12-15/1/2018</c>; <c>13h30</c>, <c>7h</c>,
/// <c>7:30</c>. Day and month are range-checked, so <c>50/50</c> and scores like <c>2:1</c> stay numbers. A day/month
/// pair is still ambiguous with a fraction (<c>1/2</c>); news text uses dates far more often.
/// </summary>
internal static class DateScanner
{
    /// <summary>
    /// End of the date or time whose first number is [<paramref name="start"/>, <paramref name="digitsEnd"/>), or -1.
    /// </summary>
    public static int TryScan(ReadOnlySpan<char> text, int start, int digitsEnd, out TokenKind kind)
    {
        int length = digitsEnd - start, end = -1;
        kind = TokenKind.Date;
        if (length <= 2)
        {
            char next = text[digitsEnd];
            if (next is 'h' or 'H' or ':' && (end = TimeEnd(text, start, digitsEnd)) > 0) kind = TokenKind.Time;
            else if (next is '/' or '-' or '.') end = DayMonthEnd(text, start, digitsEnd);
            if (end < 0) end = RangeEnd(text, start, digitsEnd);
        }
        else if (length == 4 && text[digitsEnd] == '-') end = IsoEnd(text, start);
        return end;
    }

    // 13h30, 7h, 13H30, 7:30, 7:30:15
    private static int TimeEnd(ReadOnlySpan<char> text, int start, int digitsEnd)
    {
        if (Value(text, start, digitsEnd) > 24) return -1;
        int i = digitsEnd + 1;
        if (text[digitsEnd] == ':')
        {
            if (!IsMinutes(text, i)) return -1;
            i += 2;
            if (i < text.Length && text[i] == ':' && IsMinutes(text, i + 1)) i += 3;
            return CharTable.IsDigitAt(text, i) ? -1 : i;
        }
        if (IsMinutes(text, i)) i += 2;
        else if (text[digitsEnd] == 'H') return -1; // a bare "7H" is more likely a code than a time
        return CharTable.IsWordAt(text, i) ? -1 : i;
    }

    private static bool IsMinutes(ReadOnlySpan<char> text, int i) =>
        CharTable.DigitsEnd(text, i) == i + 2 && Value(text, i, i + 2) < 60;

    // d/m, d/m/y, m/yyyy, d.m.yyyy, d-m-yyyy
    private static int DayMonthEnd(ReadOnlySpan<char> text, int start, int digitsEnd)
    {
        char separator = text[digitsEnd];
        int first = Value(text, start, digitsEnd);
        int secondStart = digitsEnd + 1, secondEnd = CharTable.DigitsEnd(text, secondStart);
        int secondLength = secondEnd - secondStart, second = Value(text, secondStart, secondEnd);
        if (separator == '/' && secondLength == 4 && first is >= 1 and <= 12) return Ended(text, secondEnd); // 6/2018
        if (secondLength is < 1 or > 2 || first is < 1 or > 31 || second is < 1 or > 12) return -1;

        int end = secondEnd;
        if (end + 1 < text.Length && text[end] == separator && char.IsAsciiDigit(text[end + 1]))
        {
            int yearEnd = CharTable.DigitsEnd(text, end + 1), yearLength = yearEnd - end - 1;
            if (yearLength == 4 || (separator == '/' && yearLength == 2)) end = yearEnd;
            else return -1;
        }
        else if (separator != '/') return -1; // 3.5 is a number and 3-0 a score: these need the year
        return Ended(text, end);
    }

    // 26 - 28/6, 26-28/6, 12-15/1/2018
    private static int RangeEnd(ReadOnlySpan<char> text, int start, int digitsEnd)
    {
        if (Value(text, start, digitsEnd) is < 1 or > 31) return -1;
        int i = CharTable.IsInnerSpaceAt(text, digitsEnd) ? digitsEnd + 1 : digitsEnd;
        if (i >= text.Length || text[i] is not ('-' or '–')) return -1;
        i = CharTable.IsInnerSpaceAt(text, i + 1) ? i + 2 : i + 1;
        int dayEnd = CharTable.DigitsEnd(text, i);
        if (dayEnd - i is < 1 or > 2 || dayEnd >= text.Length || text[dayEnd] != '/') return -1;
        return DayMonthEnd(text, i, dayEnd);
    }

    // 2018-01-12
    private static int IsoEnd(ReadOnlySpan<char> text, int start)
    {
        int i = start + 5;
        if (CharTable.DigitsEnd(text, i) != i + 2 || i + 5 > text.Length || text[i + 2] != '-'
            || CharTable.DigitsEnd(text, i + 3) != i + 5) return -1;
        int month = Value(text, i, i + 2), day = Value(text, i + 3, i + 5);
        return month is >= 1 and <= 12 && day is >= 1 and <= 31 ? Ended(text, i + 5) : -1;
    }

    /// <summary>A date is not followed by another '/' part (decree numbers: 15/2018/NĐ-CP) or more number.</summary>
    private static int Ended(ReadOnlySpan<char> text, int end) =>
        end < text.Length && (text[end] == '/' || (text[end] is '.' or ',' or '-' && CharTable.IsDigitAt(text, end + 1)))
            ? -1
            : end;

    /// <summary>Value of a digit run of at most four digits (longer runs never reach here).</summary>
    private static int Value(ReadOnlySpan<char> text, int start, int end)
    {
        int value = 0;
        for (int i = start; i < end && i - start < 5; i++) value = value * 10 + (text[i] - '0');
        return value;
    }
}
