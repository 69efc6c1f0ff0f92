namespace Bantin.News.Dates;

/// <summary>Builds a <see cref="DateTimeOffset"/> from parsed fields, refusing impossible ones instead of throwing.</summary>
internal static class DateParts
{
    // Four-digit numbers outside this range are page numbers, prices or ids, not the year of a news article.
    public const int MinYear = 1900;
    public const int MaxYear = 2199;

    // The widest offsets in use (UTC−12 to UTC+14).
    private static readonly TimeSpan MaxOffset = TimeSpan.FromHours(14);

    public static bool TryCreate(int year, int month, int day, int hour, int minute, int second, long fractionTicks,
        TimeSpan offset, out DateTimeOffset value)
    {
        value = default;
        if (year is < MinYear or > MaxYear || month is < 1 or > 12) return false;
        if (day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        if (hour is < 0 or > 23 || minute is < 0 or > 59 || second is < 0 or > 59) return false;
        if (offset.Duration() > MaxOffset || offset.Ticks % TimeSpan.TicksPerMinute != 0) return false;
        value = new DateTimeOffset(year, month, day, hour, minute, second, offset).AddTicks(fractionTicks);
        return true;
    }

    /// <summary>An offset written as <c>+07:00</c>, <c>+0700</c>, <c>+07</c> or <c>+7</c> (sign and digits only).</summary>
    public static bool TryOffset(ReadOnlySpan<char> sign, ReadOnlySpan<char> hours, ReadOnlySpan<char> minutes,
        out TimeSpan offset)
    {
        offset = default;
        if (!int.TryParse(hours, out int h)) return false;
        int m = 0;
        if (!minutes.IsEmpty && !int.TryParse(minutes, out m)) return false;
        if (m > 59) return false;
        offset = new TimeSpan(h, m, 0);
        if (sign is "-" or "−") offset = -offset;
        return true;
    }
}
