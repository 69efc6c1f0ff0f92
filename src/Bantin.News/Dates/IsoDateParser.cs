using System.Globalization;
using System.Text.RegularExpressions;

namespace Bantin.News.Dates;

/// <summary>
/// ISO 8601 / RFC 3339 as meta tags, <c>&lt;time datetime&gt;</c> and JSON-LD write it: <c>2018-01-12</c>,
/// <c>2018-01-12T10:30</c>, <c>2018-01-12 10:30:00.123+07:00</c>, <c>…Z</c>, <c>…+0700</c>. Dân trí writes a space
/// instead of the T and no offset, which means Vietnam time like everywhere else.
/// </summary>
internal static partial class IsoDateParser
{
    public static bool TryParse(string s, out DateTimeOffset value)
    {
        value = default;
        var m = Iso().Match(s);
        if (!m.Success) return false;
        var g = m.Groups;
        int hour = g["h"].Success ? Int(g["h"]) : 0, minute = g["mi"].Success ? Int(g["mi"]) : 0;
        int second = g["s"].Success ? Int(g["s"]) : 0;
        long ticks = 0;
        if (g["f"].Success)
        {
            var f = g["f"].ValueSpan; // up to 7 digits: 100 ns units
            ticks = long.Parse(f, CultureInfo.InvariantCulture) * (long)Math.Pow(10, 7 - f.Length);
        }
        var offset = VietnameseDates.VietnamOffset;
        if (g["z"].Success) offset = TimeSpan.Zero;
        else if (g["sign"].Success
                 && !DateParts.TryOffset(g["sign"].ValueSpan, g["oh"].ValueSpan, g["om"].ValueSpan, out offset))
            return false;
        return DateParts.TryCreate(Int(g["y"]), Int(g["mo"]), Int(g["d"]), hour, minute, second, ticks, offset, out value);
    }

    private static int Int(Group g) => int.Parse(g.ValueSpan, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<y>\d{4})-(?<mo>\d{2})-(?<d>\d{2})(?:[T ](?<h>\d{2}):(?<mi>\d{2})(?::(?<s>\d{2})(?:[.,](?<f>\d{1,7})\d*)?)?)?\s*(?:(?<z>[Zz])|(?<sign>[+-])(?<oh>\d{2}):?(?<om>\d{2})?)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Iso();
}
