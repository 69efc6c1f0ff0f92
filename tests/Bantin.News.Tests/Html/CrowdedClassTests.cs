using Bantin.News.Readers.Html;

namespace Bantin.News.Tests.Html;

/// <summary>
/// A class attribute of absurdly many names (AngleSharp's class list is quadratic in them) is dropped before anything
/// selects by class, and reported as a page-wide repair; one a template could write is kept.
/// </summary>
public sealed class CrowdedClassTests
{
    private const string Paragraph =
        "<p>Tại Cần Thơ, An Giang và Đồng Tháp, giá lúa IR 50404 được thương lái thu mua ở mức 7.200-7.400 đồng mỗi kg, "
        + "cao nhất từ đầu năm đến nay theo ghi nhận của ngành nông nghiệp.</p>";

    [Fact]
    public void A_class_attribute_of_absurdly_many_names_is_dropped_and_reported()
    {
        var names = string.Join(' ', Enumerable.Range(0, 80_000).Select(i => "c" + i));
        var html = "<html><body><div class=\"" + names + "\">" + string.Concat(Enumerable.Repeat(Paragraph, 4)) + "</div></body></html>";
        var a = HtmlFixtures.ArticleFromHtml(html);
        Assert.Equal(4, a.Body.Count);
        var repair = Assert.Single(a.Repairs, r => r.Kind == "crowded-class");
        Assert.Equal(0, repair.Offset);
        Assert.Contains("<div>", repair.Text);
        Assert.Contains("80,000 names", repair.Text);
    }

    [Fact]
    public void A_class_attribute_a_template_could_write_is_kept()
    {
        // The template's body class among 255 other names still finds the body, and nothing is reported.
        string Page(int extra) => "<html><head><link rel=\"canonical\" href=\"https://vnexpress.net/gia-lua-1.html\">"
            + "</head><body><h1 class=\"title-detail\">Giá lúa tăng mạnh đầu vụ hè thu</h1><article class=\"fck_detail "
            + string.Join(' ', Enumerable.Range(0, extra).Select(i => "u" + i)) + "\">"
            + string.Concat(Enumerable.Repeat(Paragraph, 3)) + "</article></body></html>";
        var kept = HtmlFixtures.ArticleFromHtml(Page(ClassAttributeGuard.MaxNames - 1));
        Assert.Equal(3, kept.Body.Count);
        Assert.DoesNotContain(kept.Repairs, r => r.Kind == "crowded-class");
        // One name more and the attribute goes, the template's class with it: the page is read without the rule.
        var dropped = HtmlFixtures.ArticleFromHtml(Page(ClassAttributeGuard.MaxNames));
        Assert.Contains(dropped.Repairs, r => r.Kind == "crowded-class" && r.Text.Contains("257 names"));
    }
}
