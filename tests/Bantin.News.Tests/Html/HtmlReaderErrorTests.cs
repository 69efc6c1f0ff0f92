using System.Text;
using Bantin.News.Readers;
using Bantin.News.Readers.Html;

namespace Bantin.News.Tests.Html;

/// <summary>Pages that are not articles, too big, damaged or garbage: a ReadError naming the file, never an exception.</summary>
public sealed class HtmlReaderErrorTests
{
    [Fact]
    public void Format_is_html() => Assert.Equal(ArticleFormat.Html, new HtmlArticleReader().Format);

    [Fact]
    public void A_page_without_an_article_is_an_error_with_the_file_and_the_reason()
    {
        var result = HtmlFixtures.Read("no-article.html");
        Assert.Null(result.Article);
        Assert.Equal("no-article.html", result.Error!.File);
        Assert.Equal(0, result.Error.Line);
        Assert.Contains("no article found", result.Error.Reason);
    }

    [Fact]
    public void A_page_over_the_size_limit_is_refused_unread()
    {
        var bytes = new byte[InputDocument.MaxBytes + 1];
        var result = HtmlFixtures.Read("huge.html", bytes);
        Assert.Null(result.Article);
        Assert.Contains("limit", result.Error!.Reason);
        Assert.Equal("huge.html", result.Error.File);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("\uFEFF")]
    public void An_empty_page_is_an_error(string html)
    {
        var result = HtmlFixtures.Read("empty.html", Encoding.UTF8.GetBytes(html));
        Assert.Equal("empty page", result.Error!.Reason);
    }

    [Fact]
    public void A_template_page_with_an_empty_body_is_an_error()
    {
        const string html = """
            <html><head><link rel="canonical" href="https://vnexpress.net/a-1.html"></head>
            <body><h1 class="title-detail">Tiêu đề</h1><article class="fck_detail"><figure><figcaption>Chỉ có ảnh</figcaption></figure></article></body></html>
            """;
        var result = HtmlFixtures.Read("empty-body.html", Encoding.UTF8.GetBytes(html));
        Assert.Contains("no article text", result.Error!.Reason);
    }

    [Fact]
    public void Deep_nesting_is_refused_before_parsing()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", NestingGuard.MaxDepth + 10)) + "<p>x</p></body></html>";
        var result = HtmlFixtures.Read("deep.html", Encoding.UTF8.GetBytes(html));
        Assert.Contains("nest", result.Error!.Reason);
    }

    [Fact]
    public void The_depth_is_counted_as_the_parser_nests_not_as_the_tags_pretend()
    {
        int n = NestingGuard.MaxDepth + 10;
        string Page(string repeated) => "<html><body>" + string.Concat(Enumerable.Repeat(repeated, n)) + "<p>x</p></body></html>";
        Assert.False(NestingGuard.IsShallow(Page("<div/>")));                // a slash does not close a div
        Assert.False(NestingGuard.IsShallow(Page("<div></x>")));             // a stray end tag closes nothing
        Assert.False(NestingGuard.IsShallow("<noscript>" + Page("<div>")));  // noscript holds markup
        // Inside svg the slash closes, and closed elements are closed: a page of icons and balanced blocks is shallow.
        Assert.True(NestingGuard.IsShallow(Page("<svg><path/><g/></svg>")));
        Assert.True(NestingGuard.IsShallow(Page("<svg/>")));
        Assert.True(NestingGuard.IsShallow(Page("<div><span>x</span></div>")));
    }

    [Fact]
    public void Sloppy_unclosed_paragraphs_and_list_items_are_not_deep_nesting()
    {
        var html = "<html><body><div class=\"content\">" + string.Concat(Enumerable.Repeat("<p>Đoạn văn không đóng thẻ <li>mục", NestingGuard.MaxDepth + 10))
                   + "<script>" + string.Concat(Enumerable.Repeat("<div>", NestingGuard.MaxDepth + 10)) + "</script><!-- <div><div> --></div></body></html>";
        Assert.True(NestingGuard.IsShallow(html));
    }

    [Fact]
    public void Random_bytes_never_throw()
    {
        var random = new Random(20260125);
        var reader = new HtmlArticleReader();
        for (int i = 0; i < 200; i++)
        {
            var bytes = new byte[random.Next(0, 4096)];
            random.NextBytes(bytes);
            var result = Assert.Single(reader.Read(new InputDocument($"random-{i}.html", bytes)));
            Assert.True(result.Article is not null || result.Error is not null);
        }
    }

    [Fact]
    public void Random_tag_soup_never_throws()
    {
        string[] pieces =
        [
            "<div>", "</div>", "<p>", "</p>", "<article class=\"fck_detail\">", "<h1 class=\"title-detail\">", "</h1>",
            "<figure>", "<figcaption>", "<table>", "<tr><td>", "<script>", "</script>", "<!--", "-->", "<br>", "<a href=x>",
            "</a>", "<strong>", "Việt Nam ", "Theo TTXVN", "Ảnh: Reuters", "12/1/2018 10:30", "&nbsp;", "&#xD800;", "\uFFFD",
            "<meta charset=\"windows-1258\">", "<link rel=canonical href=\"https://vnexpress.net/x.html\">", "\0", "<", ">", "\"",
            "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":", "}</script>",
        ];
        var random = new Random(7);
        var reader = new HtmlArticleReader();
        for (int i = 0; i < 300; i++)
        {
            var sb = new StringBuilder();
            for (int k = random.Next(0, 200); k > 0; k--) sb.Append(pieces[random.Next(pieces.Length)]);
            var result = Assert.Single(reader.Read(new InputDocument($"soup-{i}.html", Encoding.UTF8.GetBytes(sb.ToString()))));
            Assert.True(result.Article is not null || result.Error is not null);
        }
    }

    [Fact]
    public void Null_input_is_a_programming_error() =>
        Assert.Throws<ArgumentNullException>(() => new HtmlArticleReader().Read(null!));
}
