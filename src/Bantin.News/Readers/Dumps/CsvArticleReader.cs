using Bantin.News.Readers.Inputs;

namespace Bantin.News.Readers.Dumps;

/// <summary>
/// Reads CSV and TSV dumps (RFC 4180 quoting, see <see cref="CsvRecordParser"/>): a header row names the columns,
/// which a <see cref="FieldMapping"/> maps to article fields; the delimiter (comma, semicolon or tab) is taken from the
/// header. Streams. A row that cannot be parsed, has another number of fields than the header, or has no text is an
/// error with the line it starts on, and reading goes on. Stateless and thread-safe.
/// </summary>
public sealed class CsvArticleReader : DumpArticleReader
{
    public CsvArticleReader(FieldMapping? mapping = null) : this(mapping, DumpLimits.MaxRecordBytes) { }

    /// <summary>With a smaller record limit, for tests.</summary>
    internal CsvArticleReader(FieldMapping? mapping, int maxRecordBytes) : base(mapping, maxRecordBytes) { }

    public override ArticleFormat Format => ArticleFormat.Csv;

    private protected override IEnumerable<ReadResult> ReadRecords(DecodedLineReader lines, string name, WarningSink warnings)
    {
        var parser = new CsvRecordParser(lines, MaxRecordBytes);
        parser.DetectDelimiter(name);
        if (!parser.TryRead(out var header)) yield break;
        if (header.Error is not null)
        {
            yield return Fail(name, header.Line, $"header: {header.Error}");
            yield break;
        }
        var columns = header.Fields.Select(h => Mapping.Find(h.Trim()).ToArray()).ToArray();
        if (!columns.Any(hits => hits.Any(h => h.Field is DumpField.Title or DumpField.Sapo or DumpField.Body)))
        {
            yield return Fail(name, header.Line,
                $"no text column: none of {Mapping.TextNames} (columns: {string.Join(", ", header.Fields)}); map one, e.g. body=COLUMN");
            yield break;
        }

        var record = new DumpRecord();
        while (parser.TryRead(out var row))
        {
            if (row.Error is not null)
                yield return Fail(name, row.Line, row.Error);
            else if (row.Fields.Count != columns.Length)
                yield return Fail(name, row.Line, $"{row.Fields.Count} fields, but the header has {columns.Length}");
            else
                yield return Build(row, columns, record, name, warnings);
        }
    }

    private static ReadResult Build(CsvRow row, (DumpField Field, int Rank)[][] columns, DumpRecord record, string name, WarningSink warnings)
    {
        record.Clear();
        for (int c = 0; c < columns.Length; c++)
            foreach (var (field, rank) in columns[c])
                record.Set(field, rank, row.Fields[c]);
        var article = DumpArticleBuilder.Build(record, name, row.Line, warnings);
        return article is not null ? ReadResult.Ok(article) : Fail(name, row.Line, "no text: title, sapo and body are empty");
    }
}
