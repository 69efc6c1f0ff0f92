namespace Bantin.News.Readers;

/// <summary>
/// Reads articles from one input. Implementations are stateless and thread-safe; a malformed record yields a
/// <see cref="ReadResult"/> with an error (file:line and reason) and reading goes on.
/// </summary>
public interface IArticleReader
{
    ArticleFormat Format { get; }

    IEnumerable<ReadResult> Read(InputDocument input);
}
