using System.Text;
using Bantin.News.Json;
using Bantin.News.Readers;
using Bantin.News.Readers.Html;

namespace Bantin.News.Tests.Html;

/// <summary>What the reader does when a page lacks what the templates expect.</summary>
public sealed class HtmlFallbackTests
{
    private const string LongParagraphs = """
        <p>Tại Cần Thơ, An Giang và Đồng Tháp, giá lúa IR 50404 được thương lái thu mua ở mức 7.200-7.400 đồng mỗi kg, cao nhất từ đầu năm đến nay theo ghi nhận của ngành nông nghiệp.</p>
        <p>Ông Nguyễn Văn Ba, nông dân xã Định Mỹ, cho biết năm nay ruộng nhà ông đạt năng suất gần 7 tấn mỗi ha, sau khi trừ chi phí lời khoảng 25 triệu đồng mỗi ha lúa.</p>
        <p>Hiệp hội Lương thực Việt Nam khuyến cáo doanh nghiệp ký hợp đồng bao tiêu để giữ vùng nguyên liệu ổn định, tránh tình trạng tranh mua tranh bán như các vụ trước đây.</p>
        """;

    [Fact]
    public void A_template_page_saved_without_its_url_is_recognised_by_its_site_name()
    {
        var html = File.ReadAllText(HtmlFixtures.PathOf("vnexpress.html"))
            .Replace("<link rel=\"canonical\" href=\"https://vnexpress.net/viet-nam-belarus-lap-lien-doanh-san-xuat-oto-minsk-3698561.html\">", "")
            .Replace("<meta property=\"og:url\" content=\"https://vnexpress.net/viet-nam-belarus-lap-lien-doanh-san-xuat-oto-minsk-3698561.html\">", "");
        var a = HtmlFixtures.ArticleFromHtml(html);
        var expected = ExpectedArticle.Load("vnexpress.html");
        Assert.Null(a.Url);
        Assert.Equal("VnExpress", a.Source);
        Assert.Equal(expected.Body, a.Body);
        Assert.Equal("Trọng Giáp", a.Author);
    }

    [Fact]
    public void A_changed_template_falls_back_to_smartreader()
    {
        var html = File.ReadAllText(HtmlFixtures.PathOf("vnexpress.html")).Replace("fck_detail", "article-body-2030");
        var a = HtmlFixtures.ArticleFromHtml(html);
        Assert.Equal("Việt Nam - Belarus lập liên doanh sản xuất ôtô Minsk", a.Title);
        Assert.Equal(ExpectedArticle.Load("vnexpress.html").Body, a.Body);
    }

    [Fact]
    public void Without_a_url_the_id_is_a_hash_of_the_content()
    {
        string Page(string title) => $"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{LongParagraphs}</article></body></html>";
        var a = HtmlFixtures.ArticleFromHtml(Page("Giá lúa tăng"));
        var again = HtmlFixtures.ArticleFromHtml(Page("Giá lúa tăng"));
        var other = HtmlFixtures.ArticleFromHtml(Page("Giá lúa giảm"));
        Assert.Matches("^[0-9a-f]{16}$", a.Id);
        Assert.Equal(a.Id, again.Id);
        Assert.NotEqual(a.Id, other.Id);
        Assert.Null(a.Url);
        Assert.Null(a.Source);
    }

    [Fact]
    public void The_same_canonical_url_gives_the_same_id()
    {
        var a = HtmlFixtures.Article("vnexpress.html");
        var b = HtmlFixtures.ArticleFromHtml(File.ReadAllText(HtmlFixtures.PathOf("vnexpress.html")).Replace("Trọng Giáp", "T. Giáp"));
        Assert.Equal(a.Id, b.Id);
        Assert.Matches("^[0-9a-f]{16}$", a.Id);
    }

    [Fact]
    public void The_meta_description_is_the_lead_when_the_page_has_no_lead_element()
    {
        var a = HtmlFixtures.ArticleFromHtml($"""
            <html><head><meta name="description" content="Giá lúa tươi tăng 300-500 đồng mỗi kg so với tuần trước.">
            <title>Giá lúa tăng mạnh - Tin Miền Tây</title><meta property="og:site_name" content="Tin Miền Tây"></head>
            <body><article>{LongParagraphs}</article></body></html>
            """);
        Assert.Equal("Giá lúa tươi tăng 300-500 đồng mỗi kg so với tuần trước.", a.Sapo);
        Assert.Equal("Giá lúa tăng mạnh", a.Title); // the site name is not part of the title
        Assert.Equal("Tin Miền Tây", a.Source);
        Assert.Equal(3, a.Body.Count);
    }

    [Fact]
    public void Json_ld_gives_the_date_author_and_section_when_the_page_shows_none()
    {
        var a = HtmlFixtures.ArticleFromHtml($$"""
            <html><head><script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[{"@type":"WebPage","url":"https://x.example/a"},
             {"@type":"NewsArticle","headline":"Giá lúa tăng mạnh","datePublished":"2024-06-10T07:30:00+07:00",
              "author":[{"@type":"Person","name":"Thanh Tâm"},{"@type":"Person","name":"Minh Khôi"}],"articleSection":"Kinh tế"}]}
            </script></head><body><article>{{LongParagraphs}}</article></body></html>
            """);
        Assert.Equal("Giá lúa tăng mạnh", a.Title);
        Assert.Equal(new DateTimeOffset(2024, 6, 10, 7, 30, 0, TimeSpan.FromHours(7)), a.Published);
        Assert.Equal("Thanh Tâm, Minh Khôi", a.Author);
        Assert.Equal("Kinh tế", a.Category);
    }

    [Fact]
    public void Stdin_has_no_file_name()
    {
        var bytes = File.ReadAllBytes(HtmlFixtures.PathOf("tuoitre.html"));
        var result = Assert.Single(new HtmlArticleReader().Read(new InputDocument("-", bytes)));
        Assert.Null(result.Article!.File);
    }

    [Fact]
    public void Reading_is_thread_safe()
    {
        var files = HtmlFixtureTests.Files;
        var expected = files.ToDictionary(f => f, f => ArticleJson.Serialize(HtmlFixtures.Article(f)));
        var reader = new HtmlArticleReader();
        Parallel.For(0, files.Length * 8, i =>
        {
            var file = files[i % files.Length];
            var result = Assert.Single(reader.Read(new InputDocument(file, File.ReadAllBytes(HtmlFixtures.PathOf(file)))));
            Assert.Equal(expected[file], ArticleJson.Serialize(result.Article!));
        });
    }
}
