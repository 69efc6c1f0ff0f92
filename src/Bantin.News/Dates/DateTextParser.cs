using System.Globalization;
using System.Text.RegularExpressions;

namespace Bantin.News.Dates;

/// <summary>
/// The day/month/year forms of Vietnamese pages: a date (<c>12/1/2018</c>, <c>12-01-2018</c>, <c>12.01.2018</c>,
/// <c>2018/01/12</c>, <c>ngày 12 tháng 1 năm 2018</c>), at most one time before or after it (<c>10:30</c>,
/// <c>10h30</c>, <c>10 giờ 30</c>, <c>10:30 PM</c>, <c>10:30 CH</c>), a time zone (<c>(GMT+7)</c>, <c>UTC+07:00</c>)
/// and a weekday. What is left must be labels (<c>Cập nhật:</c>, <c>Đăng lúc</c>) and separators: a sentence that
/// merely mentions a date is not a date, and neither is text with two dates or stray numbers.
/// </summary>
internal static partial class DateTextParser
{
    // Labels sites put around a date line; anything else in the text means it is not just a date.
    private static readonly HashSet<string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        "cập", "nhật", "đăng", "ngày", "lúc", "vào", "xuất", "bản", "thời", "gian", "lần", "cuối", "sửa", "ict",
        "published", "updated", "posted", "on", "at",
    };

    public static bool TryParse(string s, out DateTimeOffset value)
    {
        value = default;
        var rest = s.ToCharArray();

        var offset = VietnameseDates.VietnamOffset;
        var zone = Zone().Match(s);
        if (zone.Success)
        {
            var g = zone.Groups;
            if (!g["sign"].Success) offset = g["utc"].Success ? TimeSpan.Zero : offset;
            else if (!DateParts.TryOffset(g["sign"].ValueSpan, g["oh"].ValueSpan, g["om"].ValueSpan, out offset)) return false;
            Blank(rest, zone);
            if (zone.NextMatch().Success) return false;
        }

        var date = Date().Match(new string(rest));
        if (!date.Success || date.NextMatch().Success) return false;
        Blank(rest, date);

        int hour = 0, minute = 0, second = 0;
        var time = Time().Match(new string(rest));
        if (time.Success)
        {
            if (time.NextMatch().Success || !TryTime(time.Groups, out hour, out minute, out second)) return false;
            Blank(rest, time);
        }

        foreach (Match weekday in Weekday().Matches(new string(rest))) Blank(rest, weekday);
        if (!OnlyLabels(rest)) return false;

        var d = date.Groups;
        return DateParts.TryCreate(Int(d["y"]), Int(d["mo"]), Int(d["d"]), hour, minute, second, 0, offset, out value);
    }

    private static bool TryTime(GroupCollection g, out int hour, out int minute, out int second)
    {
        hour = Int(g["h"]);
        minute = g["mi"].Success ? Int(g["mi"]) : 0;
        second = g["s"].Success ? Int(g["s"]) : 0;
        if (!g["ap"].Success) return true;
        // 12-hour clock: 12 AM is midnight, 12 PM noon; "13:30 PM" is nonsense.
        if (hour is < 1 or > 12) return false;
        bool pm = g["ap"].Value.ToLowerInvariant() is "pm" or "ch" or "chiều" or "tối";
        hour = (hour % 12) + (pm ? 12 : 0);
        return true;
    }

    private static bool OnlyLabels(char[] rest)
    {
        for (int i = 0; i < rest.Length;)
        {
            char c = rest[i];
            if (char.IsLetter(c))
            {
                int start = i;
                while (i < rest.Length && (char.IsLetter(rest[i]) || IsMark(rest[i]))) i++;
                if (!Labels.Contains(new string(rest, start, i - start))) return false;
                continue;
            }
            if (!char.IsWhiteSpace(c) && ",-–—|()[]:./".IndexOf(c) < 0) return false;
            i++;
        }
        return true;
    }

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    private static void Blank(char[] rest, Match m) => Array.Fill(rest, ' ', m.Index, m.Length);

    private static int Int(Group g) => int.Parse(g.ValueSpan, CultureInfo.InvariantCulture);

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    [GeneratedRegex(@"\(?\s*(?<utc>GMT|UTC)\s*(?:(?<sign>[+\-−])\s*(?<oh>\d{1,2})(?::?(?<om>\d{2}))?)?\s*\)?|(?<![\w:+\-])(?<sign>\+)(?<oh>\d{2}):?(?<om>\d{2})(?!\d)", Options)]
    private static partial Regex Zone();

    [GeneratedRegex(@"(?<![\d/.\-])(?:(?<d>\d{1,2})(?<sep>[/.\-])(?<mo>\d{1,2})\k<sep>(?<y>\d{4})|(?<y>\d{4})(?<sep>[/.\-])(?<mo>\d{1,2})\k<sep>(?<d>\d{1,2}))(?!\d|[/.\-]\d)|(?<!\p{L}|\d)(?<d>\d{1,2})\s+tháng\s+(?<mo>\d{1,2})(?:\s*[,/]\s*|\s+năm\s+)(?<y>\d{4})(?!\d)", Options)]
    private static partial Regex Date();

    [GeneratedRegex(@"(?<![\d:.,/\-]|\p{L})(?<h>\d{1,2})(?:\s*(?::|h|giờ)\s*(?<mi>\d{2})(?:\s*(?::|phút)\s*(?<s>\d{2}))?|\s*(?:h|giờ)(?!\p{L}|\d))(?:\s*(?<ap>am|pm|sa|ch|sáng|chiều|tối)(?!\p{L}))?(?!\d|:\d)", Options)]
    private static partial Regex Time();

    [GeneratedRegex(@"(?<!\p{L})(?:thứ\s*(?:hai|ba|tư|bốn|năm|sáu|bảy|[2-7])|chủ\s*nhật|t[2-7]|cn)(?!\p{L}|\d)", Options)]
    private static partial Regex Weekday();
}
