using System.Text;
using Bantin.News.Readers.Inputs;

namespace Bantin.News.Readers.Dumps;

/// <summary>
/// RFC 4180 records from decoded lines: fields separated by <see cref="Delimiter"/>; a field that starts with a quote
/// runs to the matching quote, may hold delimiters, line breaks and doubled quotes (<c>""</c>), and must be followed by
/// a delimiter or the end of the record. Blank lines between records are skipped. A record keeps the number of the line
/// it starts on. When a quote is never closed (or the record outgrows the limit), the record is an error and the lines
/// it swallowed are read again as records of their own, so one stray quote costs one record, not the rest of the file.
/// </summary>
internal sealed class CsvRecordParser(DecodedLineReader lines, int maxRecordChars)
{
    private readonly record struct Line(long Number, string Text, bool TooLong);

    // Lines to read again, the next on top.
    private readonly Stack<Line> _again = new();
    private readonly StringBuilder _field = new();

    public char Delimiter { get; private set; } = ',';

    /// <summary>
    /// Picks the delimiter the header line (the first non-blank one) uses most outside quotes: tab, comma or semicolon,
    /// in that order on a tie; with none, tab for a .tsv name, else comma.
    /// </summary>
    public void DetectDelimiter(string name)
    {
        var skipped = new List<Line>();
        Line header = default;
        while (Next(out var line))
        {
            skipped.Add(line);
            if (line.TooLong || !string.IsNullOrWhiteSpace(line.Text)) { header = line; break; }
        }
        for (int i = skipped.Count - 1; i >= 0; i--) _again.Push(skipped[i]);

        int tabs = 0, commas = 0, semicolons = 0;
        bool quoted = false;
        foreach (char c in header.Text ?? "")
        {
            if (c == '"') quoted = !quoted;
            else if (!quoted) { if (c == '\t') tabs++; else if (c == ',') commas++; else if (c == ';') semicolons++; }
        }
        int most = Math.Max(tabs, Math.Max(commas, semicolons));
        Delimiter = most == 0 ? (name.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase) ? '\t' : ',')
            : tabs == most ? '\t' : commas == most ? ',' : ';';
    }

    /// <summary>The next record, or false at the end of the input.</summary>
    public bool TryRead(out CsvRow row)
    {
        while (Next(out var line))
        {
            if (line.TooLong)
            {
                row = new CsvRow(line.Number, [], $"record longer than {maxRecordChars:N0} characters; skipped");
                return true;
            }
            if (string.IsNullOrWhiteSpace(line.Text)) continue;
            row = Parse(line);
            return true;
        }
        row = default;
        return false;
    }

    private CsvRow Parse(Line first)
    {
        var fields = new List<string>();
        var consumed = new List<Line> { first };
        string text = first.Text;
        long chars = text.Length;
        int i = 0;
        while (true)
        {
            if (i < text.Length && text[i] == '"')
            {
                i++;
                _field.Clear();
                while (true)
                {
                    int quote = text.IndexOf('"', i);
                    if (quote < 0)
                    {
                        _field.Append(text, i, text.Length - i).Append('\n');
                        if (!Next(out var more))
                            return Swallowed(first, consumed, "unterminated quoted field: no closing quote before the end of the input");
                        if (more.TooLong || (chars += more.Text.Length + 1) > maxRecordChars)
                        {
                            consumed.Add(more);
                            return Swallowed(first, consumed, $"record longer than {maxRecordChars:N0} characters (is a quote left open?)");
                        }
                        consumed.Add(more);
                        (text, i) = (more.Text, 0);
                        continue;
                    }
                    _field.Append(text, i, quote - i);
                    if (quote + 1 < text.Length && text[quote + 1] == '"')
                    {
                        _field.Append('"');
                        i = quote + 2;
                        continue;
                    }
                    i = quote + 1;
                    break;
                }
                fields.Add(_field.ToString());
                if (i == text.Length) break;
                if (text[i] != Delimiter)
                    return new CsvRow(first.Number, [], $"unexpected '{text[i]}' after a closing quote (line {consumed[^1].Number}, column {i + 1})");
                i++;
            }
            else
            {
                int end = text.IndexOf(Delimiter, i);
                if (end < 0)
                {
                    fields.Add(text[i..]);
                    break;
                }
                fields.Add(text[i..end]);
                i = end + 1;
            }
            if (i == text.Length)
            {
                fields.Add(""); // a delimiter ends the line: the last field is empty
                break;
            }
        }
        return new CsvRow(first.Number, fields, null);
    }

    /// <summary>An error for the record at <paramref name="first"/>; the lines after it are read again.</summary>
    private CsvRow Swallowed(Line first, List<Line> consumed, string reason)
    {
        for (int k = consumed.Count - 1; k >= 1; k--) _again.Push(consumed[k]);
        return new CsvRow(first.Number, [], reason);
    }

    private bool Next(out Line line)
    {
        if (_again.TryPop(out line)) return true;
        if (!lines.TryRead(out var decoded))
        {
            line = default;
            return false;
        }
        line = decoded.TooLong ? new Line(decoded.Number, "", true) : new Line(decoded.Number, decoded.ToText(), false);
        return true;
    }
}
