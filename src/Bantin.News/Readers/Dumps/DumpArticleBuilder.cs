using Bantin.News.Json;
using System.Globalization;
using Bantin.News.Dates;
using Bantin.News.Model;
using Bantin.News.Readers.Inputs;
using Bantin.News.Structure;
using Bantin.Text.Normalization;

namespace Bantin.News.Readers.Dumps;

/// <summary>
/// Turns a record's raw values into an <see cref="Article"/>: text fields normalized, the body split into paragraphs
/// (or recovered when fused), the date parsed. Repair offsets point into the record's text laid out as the text
/// reader reads an article: its present title, sapo and body joined by line feeds (array paragraphs too).
/// </summary>
internal static class DumpArticleBuilder
{
    /// <summary>Unix times in dumps: 9 to 11 digits are seconds (1973–5138), 12 or 13 milliseconds.</summary>
    private const int MinEpochDigits = 9, MaxEpochSecondDigits = 11, MaxEpochDigits = 13;

    /// <summary>The article, or null when the record has no text (no title, sapo or body).</summary>
    public static Article? Build(DumpRecord record, string name, long line, WarningSink warnings)
    {
        var repairs = new List<Repair>();
        int offset = 0;
        string? rawTitle = record[DumpField.Title], rawSapo = record[DumpField.Sapo];
        string title = Field(rawTitle, ref offset, repairs);
        string sapo = Field(rawSapo, ref offset, repairs);

        IReadOnlyList<string> body = [];
        string? author = null;
        IReadOnlyList<string> credits = [];
        if (record.Body.Count > 0)
        {
            string rawBody = record.Body.Count == 1 ? record.Body[0] : string.Join('\n', record.Body);
            if (rawTitle is null && rawSapo is null && FusedText.LooksLikeWholeArticle(rawBody))
            {
                var found = StructureRecovery.Recover(rawBody);
                (title, sapo) = (Tidy(found.Title), Tidy(found.Sapo));
                (body, author, credits) = Recovered(found, offset, repairs);
            }
            else if (!FusedText.HasLineBreak(rawBody) && FusedText.LooksFused(rawBody))
                (body, author, credits) = Recovered(StructureRecovery.RecoverBody(rawBody), offset, repairs);
            else
                body = Paragraphs(rawBody, offset, repairs);
        }
        if (title.Length == 0 && sapo.Length == 0 && body.Count == 0) return null;

        return new Article
        {
            Id = record[DumpField.Id]?.Trim() is { Length: > 0 } id ? id : ArticleIds.FromContent(title, sapo, body),
            Url = record[DumpField.Url]?.Trim(),
            Source = Meta(record[DumpField.Source]),
            Category = Meta(record[DumpField.Category]),
            Published = Date(record[DumpField.Published], line, warnings),
            Title = title,
            Sapo = sapo,
            Body = body,
            Author = Meta(record[DumpField.Author]) ?? author,
            Credits = credits,
            Repairs = repairs,
            File = name == ArticleInputs.StdinName ? null : name,
        };
    }

    /// <summary>A one-line text field, normalized; line breaks inside it become spaces. Advances the layout offset.</summary>
    private static string Field(string? raw, ref int offset, List<Repair> repairs)
    {
        if (raw is null) return "";
        string text = Normalize(OneLine(raw), offset, repairs);
        offset += raw.Length + 1;
        return text;
    }

    private static List<string> Paragraphs(string raw, int offset, List<Repair> repairs)
    {
        var paragraphs = new List<string>();
        int start = 0;
        for (int i = 0; i <= raw.Length; i++)
        {
            if (i < raw.Length && raw[i] is not ('\n' or '\r' or '\u2028' or '\u2029')) continue;
            if (i > start && !raw.AsSpan(start, i - start).IsWhiteSpace())
            {
                string paragraph = Normalize(raw[start..i], offset + start, repairs);
                if (paragraph.Length > 0) paragraphs.Add(paragraph);
            }
            start = i + 1;
        }
        return paragraphs;
    }

    private static (IReadOnlyList<string> Body, string? Author, IReadOnlyList<string> Credits) Recovered(
        RecoveredArticle found, int offset, List<Repair> repairs)
    {
        foreach (var r in found.Repairs) repairs.Add(r with { Offset = offset + r.Offset });
        // Recovery normalizes what it returns; splitting and tidying again keeps every paragraph one normalized line
        // whatever the recovery in use does.
        var body = found.Body.SelectMany(p => p.Split(['\n', '\r', '\u2028', '\u2029'])).Select(Tidy).Where(p => p.Length > 0).ToList();
        return (body, Meta(found.Author), [.. found.Credits.Select(Tidy).Where(c => c.Length > 0)]);
    }

    private static string Normalize(string raw, int offset, List<Repair> repairs)
    {
        var normalized = TextNormalizer.Default.Normalize(raw);
        foreach (var c in normalized.Changes)
            if (c.Kind != ChangeKind.GluedSentence) repairs.Add(new Repair(JsonNames.Kebab(c.Kind), c.Original, offset + c.Start));
        return normalized.Text.Trim();
    }

    private static string Tidy(string text) => TextNormalizer.Default.Normalize(OneLine(text)).Text.Trim();

    /// <summary>Author, category, source: normalized, no repairs reported (they are outside the text layout).</summary>
    private static string? Meta(string? raw) => raw is null ? null : Tidy(raw) is { Length: > 0 } text ? text : null;

    // Same length, so offsets into the raw value stay valid.
    private static string OneLine(string text) =>
        FusedText.HasLineBreak(text) ? text.Replace('\n', ' ').Replace('\r', ' ').Replace('\u2028', ' ').Replace('\u2029', ' ') : text;

    private static DateTimeOffset? Date(string? raw, long line, WarningSink warnings)
    {
        if (raw is null) return null;
        var text = raw.Trim();
        if (text.Length is >= MinEpochDigits and <= MaxEpochDigits && text.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0)
        {
            long n = long.Parse(text, CultureInfo.InvariantCulture);
            var utc = text.Length <= MaxEpochSecondDigits ? DateTimeOffset.FromUnixTimeSeconds(n) : DateTimeOffset.FromUnixTimeMilliseconds(n);
            return utc.ToOffset(VietnameseDates.VietnamOffset);
        }
        if (VietnameseDates.TryParse(text, out var value)) return value;
        warnings.Add(line, $"date '{(text.Length > 40 ? text[..40] + "…" : text)}' not understood; published left empty");
        return null;
    }
}
