using System.Globalization;
using System.Text.RegularExpressions;

namespace Bantin.News.Dates;

/// <summary>RFC 1123 / RFC 822 dates of RSS feeds and HTTP headers: <c>Fri, 12 Jan 2018 10:30:00 +0700</c>, <c>… GMT</c>.</summary>
internal static partial class RfcDateParser
{
    private static readonly string[] Months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static bool TryParse(string s, out DateTimeOffset value)
    {
        value = default;
        var m = Rfc().Match(s);
        if (!m.Success) return false;
        var g = m.Groups;
        int month = Array.IndexOf(Months, g["mo"].Value.ToLowerInvariant()) + 1;
        int hour = g["h"].Success ? Int(g["h"]) : 0, minute = g["mi"].Success ? Int(g["mi"]) : 0;
        int second = g["s"].Success ? Int(g["s"]) : 0;
        var offset = VietnameseDates.VietnamOffset;
        if (g["utc"].Success) offset = TimeSpan.Zero;
        else if (g["sign"].Success
                 && !DateParts.TryOffset(g["sign"].ValueSpan, g["oh"].ValueSpan, g["om"].ValueSpan, out offset))
            return false;
        return DateParts.TryCreate(Int(g["y"]), month, Int(g["d"]), hour, minute, second, 0, offset, out value);
    }

    private static int Int(Group g) => int.Parse(g.ValueSpan, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?<d>\d{1,2})\s+(?<mo>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?<y>\d{4})(?:\s+(?<h>\d{1,2}):(?<mi>\d{2})(?::(?<s>\d{2}))?)?\s*(?:(?<utc>GMT|UTC|UT|Z)|(?<sign>[+-])(?<oh>\d{2}):?(?<om>\d{2}))?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Rfc();
}
