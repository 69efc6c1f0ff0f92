using System.Globalization;
using System.Text;

namespace Bantin.News.Tests.Dates;

/// <summary>
/// Reads <c>Cases/Dates/*.cases</c>: one case per line, <c>input =&gt; expected</c>; <c>#</c> comments; escapes
/// <c>\s</c> (a space at either end), <c>\uXXXX</c> and <c>\\</c>. Same shape as the text core's case files.
/// </summary>
public static class DateCaseFile
{
    private const string Separator = " => ";

    public static TheoryData<DateCase> Data(string relativePath)
    {
        var data = new TheoryData<DateCase>();
        var path = Path.Combine(AppContext.BaseDirectory, "Cases", relativePath);
        int lineNo = 0;
        foreach (var raw in File.ReadLines(path, Encoding.UTF8))
        {
            lineNo++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#')) continue;
            int sep = line.LastIndexOf(Separator, StringComparison.Ordinal);
            if (sep < 0) throw new FormatException($"{relativePath}:{lineNo}: expected 'input{Separator}expected'");
            data.Add(new DateCase(relativePath, lineNo, Unescape(line[..sep].Trim()), line[(sep + Separator.Length)..].Trim()));
        }
        return data;
    }

    private static string Unescape(string s)
    {
        if (!s.Contains('\\')) return s;
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] != '\\' || i + 1 >= s.Length) { sb.Append(s[i]); continue; }
            char n = s[++i];
            if (n == 's') sb.Append(' ');
            else if (n == '\\') sb.Append('\\');
            else if (n == 'u')
            {
                sb.Append((char)int.Parse(s.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 4;
            }
            else sb.Append('\\').Append(n);
        }
        return sb.ToString();
    }
}
