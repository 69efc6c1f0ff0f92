using Bantin.News.Readers.Inputs;

namespace Bantin.News.Readers.Dumps;

/// <summary>
/// What the JSONL and CSV readers share: a field mapping, a per-record size limit, streaming decoded lines, refusing
/// binary input, and errors with their line. Subclasses read the records of the decoded lines.
/// </summary>
public abstract class DumpArticleReader : IStreamingArticleReader
{
    private protected DumpArticleReader(FieldMapping? mapping, int maxRecordBytes)
    {
        Mapping = mapping ?? FieldMapping.Default;
        MaxRecordBytes = maxRecordBytes;
    }

    public abstract ArticleFormat Format { get; }

    public FieldMapping Mapping { get; }

    private protected int MaxRecordBytes { get; }

    public IEnumerable<ReadResult> Read(InputDocument input) => Read(new MemoryStream(input.Bytes, writable: false), input.Name);

    public IEnumerable<ReadResult> Read(Stream stream, string name, Action<ReadError>? warn = null)
    {
        var warnings = new WarningSink(name, warn);
        var lines = DecodedLineReader.Open(stream, warnings, MaxRecordBytes);
        if (lines.IsBinary)
        {
            yield return Fail(name, 0, TextDecoding.BinaryFile);
            yield break;
        }
        foreach (var result in ReadRecords(lines, name, warnings)) yield return result;
        lines.Finish();
    }

    private protected abstract IEnumerable<ReadResult> ReadRecords(DecodedLineReader lines, string name, WarningSink warnings);

    private protected static ReadResult Fail(string name, long line, string reason) => ReadResult.Fail(new ReadError(name, line, reason));
}
