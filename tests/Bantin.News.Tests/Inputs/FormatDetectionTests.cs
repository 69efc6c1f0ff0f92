using System.Text;
using Bantin.News.Readers;
using Bantin.News.Readers.Inputs;

namespace Bantin.News.Tests.Inputs;

public class FormatDetectionTests
{
    [Theory]
    [InlineData("a.jsonl", ArticleFormat.Jsonl)]
    [InlineData("a.NDJSON", ArticleFormat.Jsonl)]
    [InlineData("a.json", ArticleFormat.Jsonl)]
    [InlineData("dir/a.csv", ArticleFormat.Csv)]
    [InlineData("a.tsv", ArticleFormat.Csv)]
    [InlineData("a.html", ArticleFormat.Html)]
    [InlineData("a.HTM", ArticleFormat.Html)]
    public void Extension_decides(string name, ArticleFormat expected) =>
        Assert.Equal(expected, FormatDetection.Detect(name, "plain text"u8));

    [Theory]
    [InlineData("<!DOCTYPE html><html>", ArticleFormat.Html)]
    [InlineData("  \n <html lang=\"vi\">", ArticleFormat.Html)]
    [InlineData("{\"title\": \"x\"}", ArticleFormat.Jsonl)]
    [InlineData("\uFEFF{\"title\": \"x\"}", ArticleFormat.Jsonl)]
    [InlineData("Việt Nam - Belarus lập liên doanh", ArticleFormat.Text)]
    [InlineData("", ArticleFormat.Text)]
    public void Content_decides_without_a_known_extension(string head, ArticleFormat expected)
    {
        Assert.Equal(expected, FormatDetection.Detect("article.txt", Encoding.UTF8.GetBytes(head)));
        Assert.Equal(expected, FormatDetection.Detect(null, Encoding.UTF8.GetBytes(head)));
        Assert.Equal(expected, FormatDetection.Detect("noext", TestEncoders.Utf16(head.TrimStart('\uFEFF'), bigEndian: false, bom: false)));
    }
}
