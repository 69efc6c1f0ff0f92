using System.Text;
using Bantin.News.Model;
using Bantin.News.Readers;

namespace Bantin.News.Tests.Inputs;

/// <summary>
/// A whole-file reader standing in for the text and HTML readers: one article titled with the first line. Like the
/// text reader it decodes UTF-8 only.
/// </summary>
internal sealed class StubReader(ArticleFormat format) : IArticleReader
{
    public ArticleFormat Format => format;

    public IEnumerable<ReadResult> Read(InputDocument input)
    {
        var text = Encoding.UTF8.GetString(input.Bytes).TrimStart('\uFEFF');
        yield return ReadResult.Ok(new Article { Id = $"{format}:{input.Name}", Title = text.Split('\n')[0] });
    }
}
