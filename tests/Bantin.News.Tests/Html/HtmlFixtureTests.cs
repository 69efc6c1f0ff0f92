using System.Globalization;
using Bantin.News.Model;

namespace Bantin.News.Tests.Html;

/// <summary>One saved page per outlet (and the generic and damaged ones) against its <c>*.expected.json</c>.</summary>
public sealed class HtmlFixtureTests
{
    public static readonly string[] Files =
    [
        "vnexpress.html", "tuoitre.html", "thanhnien.html", "dantri.html", "vietnamnet.html", "znews.html", "nld.html",
        "vtc.html", "generic.html", "truncated.html", "windows-1258.html",
    ];

    public static TheoryData<string> Pages => new(Files);

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_reads_as_expected(string file)
    {
        var expected = ExpectedArticle.Load(file);
        var a = HtmlFixtures.Article(file);
        Assert.Equal(expected.Title, a.Title);
        Assert.Equal(expected.Sapo, a.Sapo);
        Assert.Equal(expected.Body, a.Body);
        Assert.Equal(expected.Author, a.Author);
        Assert.Equal(expected.Credits, a.Credits);
        Assert.Equal(expected.Published, a.Published?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        Assert.Equal(expected.Category, a.Category);
        Assert.Equal(expected.Url, a.Url);
        Assert.Equal(expected.Source, a.Source);
        Assert.Equal(file, a.File);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Captions_related_boxes_players_and_comments_stay_out(string file)
    {
        var expected = ExpectedArticle.Load(file);
        var a = HtmlFixtures.Article(file);
        foreach (var snippet in expected.Absent)
            foreach (var (field, text) in Fields(a))
                Assert.False(text.Contains(snippet, StringComparison.Ordinal), $"{file}: '{snippet}' leaked into {field}: {text}");
    }

    private static IEnumerable<(string Field, string Text)> Fields(Article a)
    {
        yield return ("title", a.Title);
        yield return ("sapo", a.Sapo);
        for (int i = 0; i < a.Body.Count; i++) yield return ($"body[{i}]", a.Body[i]);
        if (a.Author is not null) yield return ("author", a.Author);
        foreach (var c in a.Credits) yield return ("credits", c);
    }
}
