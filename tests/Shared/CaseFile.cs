using System.Globalization;
using System.Text;

namespace Bantin.Testing;

/// <summary>
/// Reads readable spec files under <c>Cases/</c>: one case per line, <c>input =&gt; expected</c>.
/// Lines starting with <c>#</c> and blank lines are ignored. Escapes: <c>\uXXXX</c>, <c>\n</c>, <c>\t</c>, <c>\\</c>,
/// and <c>\s</c> for a space at either end (spaces around <c>=&gt;</c> are trimmed otherwise).
/// A line <c>@ key=value</c> sets an option for the cases below it.
/// </summary>
public static class CaseFile
{
    public const string Separator = " => ";

    public sealed record Case(string File, int Line, string Input, string Expected, IReadOnlyDictionary<string, string> Options)
    {
        public override string ToString() => $"{File}:{Line}";
        public string Option(string key, string fallback) => Options.TryGetValue(key, out var v) ? v : fallback;
    }

    public static string CasesDirectory => Path.Combine(AppContext.BaseDirectory, "Cases");

    /// <summary>All cases of one file, relative to Cases/ (e.g. "Normalization/tone-new.cases").</summary>
    public static IEnumerable<Case> Load(string relativePath)
    {
        var path = Path.Combine(CasesDirectory, relativePath);
        var options = new Dictionary<string, string>();
        int lineNo = 0;
        foreach (var raw in File.ReadLines(path, Encoding.UTF8))
        {
            lineNo++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (line.StartsWith("@ "))
            {
                var kv = line[2..].Split('=', 2);
                if (kv.Length != 2) throw new FormatException($"{relativePath}:{lineNo}: expected '@ key=value'");
                options[kv[0].Trim()] = kv[1].Trim();
                continue;
            }
            int sep = line.IndexOf(Separator, StringComparison.Ordinal);
            if (sep < 0) throw new FormatException($"{relativePath}:{lineNo}: expected 'input{Separator}expected'");
            yield return new Case(relativePath, lineNo, Unescape(line[..sep].Trim()), Unescape(line[(sep + Separator.Length)..].Trim()),
                new Dictionary<string, string>(options));
        }
    }

    /// <summary>xunit member data: every case of the given files, one row each.</summary>
    public static TheoryData<Case> Data(params string[] relativePaths)
    {
        var data = new TheoryData<Case>();
        foreach (var p in relativePaths)
            foreach (var c in Load(p)) data.Add(c);
        return data;
    }

    public static string Unescape(string s)
    {
        if (!s.Contains('\\')) return s;
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c != '\\' || i + 1 >= s.Length) { sb.Append(c); continue; }
            char n = s[++i];
            switch (n)
            {
                case 'n': sb.Append('\n'); break;
                case 't': sb.Append('\t'); break;
                case 's': sb.Append(' '); break;
                case '\\': sb.Append('\\'); break;
                case 'u':
                    sb.Append((char)int.Parse(s.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                case 'U':
                    sb.Append(char.ConvertFromUtf32(int.Parse(s.AsSpan(i + 1, 8), NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
                    i += 8;
                    break;
                default: sb.Append('\\').Append(n); break;
            }
        }
        return sb.ToString();
    }
}
