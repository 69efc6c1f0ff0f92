using Bantin.News.Model;

namespace Bantin.News.Readers;

/// <summary>One outcome of reading: an article, or an error for a record or file that was skipped.</summary>
public readonly record struct ReadResult(Article? Article, ReadError? Error)
{
    public static ReadResult Ok(Article article) => new(article, null);
    public static ReadResult Fail(ReadError error) => new(null, error);
}
