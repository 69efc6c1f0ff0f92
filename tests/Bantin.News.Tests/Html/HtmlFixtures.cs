using Bantin.News.Model;
using Bantin.News.Readers;
using Bantin.News.Readers.Html;

namespace Bantin.News.Tests.Html;

/// <summary>Reads the HTML fixtures under Cases/Html with the reader under test.</summary>
public static class HtmlFixtures
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Cases", "Html");

    public static string PathOf(string file) => Path.Combine(Directory, file);

    public static ReadResult Read(string file) => Read(file, File.ReadAllBytes(PathOf(file)));

    public static ReadResult Read(string name, byte[] bytes) =>
        Assert.Single(new HtmlArticleReader().Read(new InputDocument(name, bytes)));

    public static Article Article(string file)
    {
        var result = Read(file);
        Assert.True(result.Article is not null, $"{file}: {result.Error}");
        return result.Article;
    }

    public static Article ArticleFromHtml(string html, string name = "page.html")
    {
        var result = Read(name, System.Text.Encoding.UTF8.GetBytes(html));
        Assert.True(result.Article is not null, $"{name}: {result.Error}");
        return result.Article;
    }
}
