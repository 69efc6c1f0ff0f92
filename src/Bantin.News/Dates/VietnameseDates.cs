using System.Text;

namespace Bantin.News.Dates;

/// <summary>
/// Parses publication dates as Vietnamese news sites and feeds write them: ISO 8601 (<c>2018-01-12T10:30:00+07:00</c>),
/// RFC 1123 (<c>Fri, 12 Jan 2018 10:30:00 +0700</c>) and the Vietnamese day/month/year forms
/// (<c>Thứ hai, 12/1/2018, 10:30 (GMT+7)</c>, <c>10:30 12/1/2018</c>, <c>Cập nhật: 12-01-2018 - 10h30</c>,
/// <c>ngày 12 tháng 1 năm 2018</c>). Day comes before month. A date without an offset is Vietnam time (+07:00); a date
/// without a time is midnight. Impossible dates (31/2, 25:00) are refused. Thread-safe.
/// </summary>
public static class VietnameseDates
{
    /// <summary>Vietnam's offset, assumed when a date has none.</summary>
    public static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    /// <summary>
    /// Longest text looked at: a date line with its weekday, labels and time zone fits easily; anything longer is
    /// prose, which holds dates but is not one.
    /// </summary>
    public const int MaxLength = 120;

    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength) return false;
        var s = text.Trim();
        // Decomposed input (windows-1258 pages, Mac keyboards) must match the composed words of the patterns.
        if (!s.IsNormalized(NormalizationForm.FormC)) s = s.Normalize(NormalizationForm.FormC);
        return IsoDateParser.TryParse(s, out value)
            || RfcDateParser.TryParse(s, out value)
            || DateTextParser.TryParse(s, out value);
    }
}
