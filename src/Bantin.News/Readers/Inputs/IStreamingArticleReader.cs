namespace Bantin.News.Readers.Inputs;

/// <summary>
/// A reader of record-per-line dumps (JSONL, CSV) that reads a stream as it comes, so a dump of any size is read in
/// constant memory; <see cref="ArticleInputs"/> hands such readers the open file instead of its bytes. The
/// <see cref="IArticleReader.Read(InputDocument)"/> of the same reader reads an in-memory document the same way.
/// </summary>
public interface IStreamingArticleReader : IArticleReader
{
    /// <summary>
    /// Reads <paramref name="stream"/> (not disposed) as the input <paramref name="name"/>. Records that cannot be read
    /// are errors in the results; problems that do not lose the record (invalid bytes replaced, an 8-bit encoding
    /// guessed, a date not understood) go to <paramref name="warn"/>.
    /// </summary>
    IEnumerable<ReadResult> Read(Stream stream, string name, Action<ReadError>? warn = null);
}
