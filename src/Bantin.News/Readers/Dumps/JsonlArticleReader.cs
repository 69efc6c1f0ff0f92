using System.Text.Json;
using Bantin.News.Readers.Inputs;

namespace Bantin.News.Readers.Dumps;

/// <summary>
/// Reads JSON Lines dumps: one JSON object per line, fields found through a <see cref="FieldMapping"/> (see
/// <see cref="DumpArticleBuilder"/> for what becomes of them). Streams: one line in memory at a time. Blank lines are
/// skipped; a line that is not a JSON object, has no text, or is longer than <see cref="DumpLimits.MaxRecordBytes"/> is
/// an error with its line number, and reading goes on. Stateless and thread-safe.
/// </summary>
public sealed class JsonlArticleReader : DumpArticleReader
{
    public JsonlArticleReader(FieldMapping? mapping = null) : this(mapping, DumpLimits.MaxRecordBytes) { }

    /// <summary>With a smaller record limit, for tests.</summary>
    internal JsonlArticleReader(FieldMapping? mapping, int maxRecordBytes) : base(mapping, maxRecordBytes) { }

    public override ArticleFormat Format => ArticleFormat.Jsonl;

    private protected override IEnumerable<ReadResult> ReadRecords(DecodedLineReader lines, string name, WarningSink warnings)
    {
        var record = new DumpRecord();
        while (lines.TryRead(out var line))
        {
            if (line.TooLong) yield return Fail(name, line.Number, $"record longer than {MaxRecordBytes:N0} bytes; skipped");
            else if (!line.IsBlank) yield return ReadRecord(line, name, record, warnings);
        }
    }

    private ReadResult ReadRecord(in DecodedLine line, string name, DumpRecord record, WarningSink warnings)
    {
        JsonDocument document;
        try
        {
            document = line.Text is null ? JsonDocument.Parse(line.Utf8) : JsonDocument.Parse(line.Text);
        }
        catch (JsonException e)
        {
            return Fail(name, line.Number, $"invalid JSON: {Describe(e)}");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return Fail(name, line.Number,
                    $"a JSON {root.ValueKind.ToString().ToLowerInvariant()}, not an object (JSONL has one article object per line)");
            record.Clear();
            JsonRecordMapper.Map(root, Mapping, record);
            var article = DumpArticleBuilder.Build(record, name, line.Number, warnings);
            return article is not null
                ? ReadResult.Ok(article)
                : Fail(name, line.Number,
                    $"no text: none of {Mapping.TextNames} has any (keys: {JsonRecordMapper.Keys(root)}); map one, e.g. body=KEY");
        }
    }

    // "'x' is an invalid start of a value. LineNumber: 0 | BytePositionInLine: 12." → "… value (byte 13)"
    private static string Describe(JsonException e)
    {
        string message = e.Message;
        int cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut >= 0) message = message[..cut].TrimEnd('.', ' ');
        return e.BytePositionInLine is { } at ? $"{message} (byte {at + 1})" : message;
    }
}
