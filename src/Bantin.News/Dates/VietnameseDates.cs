using System.Globalization;

namespace Bantin.News.Dates;

/// <summary>
/// Parses publication dates as Vietnamese news sites write them. (Placeholder: ISO 8601 only; the HTML reader work
/// replaces it with the full Vietnamese formats.)
/// </summary>
public static class VietnameseDates
{
    /// <summary>Vietnam's offset, assumed when a date has none.</summary>
    public static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        return DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
    }
}
