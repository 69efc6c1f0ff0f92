using System.Globalization;
using System.Text;

namespace Bantin.Search.Searching;

/// <summary>
/// The query language, as users guess it: words (<c>tổng bí thư</c>, with or without diacritics), <c>"exact phrases"</c>,
/// <c>-excluded</c> words or <c>-"phrases"</c>, and filters <c>source:vnexpress</c>, <c>category:"thể thao"</c>,
/// <c>author:…</c>, <c>from:2018-01-01</c>, <c>to:2018-12-31</c>, <c>year:2018</c>. Anything else (stray quotes,
/// unknown <c>x:y</c>) is read as words, never an error.
/// </summary>
public sealed record QueryText
{
    /// <summary>Free words, in order.</summary>
    public IReadOnlyList<string> Words { get; init; } = [];
    /// <summary>Quoted phrases that must appear.</summary>
    public IReadOnlyList<string> Phrases { get; init; } = [];
    /// <summary>Words or phrases that must not appear.</summary>
    public IReadOnlyList<string> Excluded { get; init; } = [];
    /// <summary>Keyword filters: field → value.</summary>
    public IReadOnlyList<(string Field, string Value)> Filters { get; init; } = [];
    public DateTimeOffset? From { get; init; }
    public DateTimeOffset? To { get; init; }

    public static QueryText Parse(string query)
    {
        var words = new List<string>();
        var phrases = new List<string>();
        var excluded = new List<string>();
        var filters = new List<(string, string)>();
        DateTimeOffset? from = null, to = null;
        int i = 0;
        while (i < query.Length)
        {
            while (i < query.Length && char.IsWhiteSpace(query[i])) i++;
            if (i >= query.Length) break;
            // "-word" and -"phrase" exclude; "-400" (S -400, F -35) is a word: a minus before a digit is not an operator.
            bool negate = query[i] == '-' && i + 1 < query.Length && (char.IsLetter(query[i + 1]) || IsQuote(query[i + 1]))
                && (i == 0 || char.IsWhiteSpace(query[i - 1]));
            if (negate) i++;
            string? field = null;
            int colon = FieldPrefix(query, i);
            if (colon > 0)
            {
                field = query[i..colon].ToLowerInvariant();
                i = colon + 1;
            }
            string value;
            bool quoted = i < query.Length && IsQuote(query[i]);
            if (quoted)
            {
                int end = i + 1;
                while (end < query.Length && !IsQuote(query[end])) end++;
                value = query[(i + 1)..end];
                i = Math.Min(query.Length, end + 1);
            }
            else
            {
                int end = i;
                while (end < query.Length && !char.IsWhiteSpace(query[end])) end++;
                value = query[i..end];
                i = end;
            }
            value = value.Trim();
            if (value.Length == 0) continue;
            if (field is not null && Apply(field, value, filters, ref from, ref to)) continue;
            if (field is not null) value = field + ":" + value; // unknown field: the text is searched as written
            if (negate) excluded.Add(value);
            else if (quoted) phrases.Add(value);
            else words.Add(value);
        }
        return new QueryText { Words = words, Phrases = phrases, Excluded = excluded, Filters = filters, From = from, To = to };
    }

    private static bool IsQuote(char c) => c is '"' or '“' or '”';

    /// <summary>The index of the colon of a <c>field:</c> prefix at <paramref name="i"/>, or -1.</summary>
    private static int FieldPrefix(string query, int i)
    {
        int j = i;
        while (j < query.Length && char.IsAsciiLetter(query[j])) j++;
        return j > i && j < query.Length - 1 && query[j] == ':' && !char.IsWhiteSpace(query[j + 1]) ? j : -1;
    }

    private static bool Apply(string field, string value, List<(string, string)> filters, ref DateTimeOffset? from, ref DateTimeOffset? to)
    {
        switch (field)
        {
            case var keyword when Indexing.IndexFields.Keywords.Contains(keyword):
                filters.Add((field, value));
                return true;
            case "from" when ParseDate(value, endOfPeriod: false) is { } f:
                from = f;
                return true;
            case "to" when ParseDate(value, endOfPeriod: true) is { } t:
                to = t;
                return true;
            case "year" when ParseDate(value, endOfPeriod: false) is { } start && value.Length == 4:
                from = start;
                to = ParseDate(value, endOfPeriod: true);
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// <c>2018</c>, <c>2018-06</c>, <c>2018-06-12</c> or <c>12/6/2018</c>, in Vietnam time (as the year facet), years
    /// 1801–2999; the last moment of the period when <paramref name="endOfPeriod"/>. Null for anything else.
    /// </summary>
    public static DateTimeOffset? ParseDate(string value, bool endOfPeriod)
    {
        var inv = CultureInfo.InvariantCulture;
        DateTime start, end;
        if (DateTime.TryParseExact(value, ["yyyy-MM-dd", "yyyy-M-d", "d/M/yyyy", "dd/MM/yyyy"], inv, DateTimeStyles.None, out var day)
            && day.Year is > 1800 and < 3000)
            (start, end) = (day, day.AddDays(1));
        else if (DateTime.TryParseExact(value, ["yyyy-MM", "yyyy-M", "M/yyyy"], inv, DateTimeStyles.None, out var month)
            && month.Year is > 1800 and < 3000)
            (start, end) = (month, month.AddMonths(1));
        else if (value.Length == 4 && int.TryParse(value, NumberStyles.None, inv, out int y) && y is > 1800 and < 3000)
            (start, end) = (new DateTime(y, 1, 1), new DateTime(y + 1, 1, 1));
        else return null; // also years outside 1801–2999, which keeps the end-of-period arithmetic in range
        return new DateTimeOffset(endOfPeriod ? end.AddTicks(-1) : start, Indexing.ArticleDocuments.VietnamTime);
    }

    public override string ToString()
    {
        var b = new StringBuilder();
        b.AppendJoin(' ', Words);
        foreach (var p in Phrases) b.Append(" \"").Append(p).Append('"');
        foreach (var e in Excluded) b.Append(" -").Append(e);
        return b.ToString().Trim();
    }
}
