using System.Text;
using AngleSharp.Html.Parser;
using Bantin.News.Readers.Html;

namespace Bantin.News.Tests.Html;

/// <summary>
/// Pages shaped to hold a core in SmartReader, on sites without a rule: refused with the reason before SmartReader
/// starts (the limit is an estimate from the page's shape, not a timer), while real-pattern pages and the same page
/// through its site's template are read.
/// </summary>
public sealed class GenericBudgetTests
{
    private const string Paragraph =
        "<p>Tại <a href=\"/can-tho\">Cần Thơ</a>, An Giang và <a href=\"/dong-thap\">Đồng Tháp</a>, giá lúa IR 50404 được "
        + "thương lái thu mua ở mức 7.200-7.400 đồng mỗi kg, cao nhất từ đầu năm đến nay.</p>";

    private const string VnExpressHead =
        "<html><head><link rel=\"canonical\" href=\"https://vnexpress.net/gia-lua-1.html\"></head><body>"
        + "<h1 class=\"title-detail\">Giá lúa tăng mạnh đầu vụ hè thu</h1>";

    // Paragraphs at every level of a nest `depth` deep: a few hundred deep, SmartReader reads all the text again at
    // every level, and fixes every link by walking the whole content again (880 KB, 300 deep: 23 s).
    private static string Nested(int depth, int perLevel)
    {
        var html = new StringBuilder();
        for (int i = 0; i < depth; i++)
        {
            html.Append("<div>");
            for (int j = 0; j < perLevel; j++) html.Append(Paragraph);
        }
        for (int i = 0; i < depth; i++) html.Append("</div>");
        return html.ToString();
    }

    [Fact]
    public void A_page_without_a_rule_too_big_for_smartreader_is_refused_with_the_reason()
    {
        var result = HtmlFixtures.Read("deep.html", Encoding.UTF8.GetBytes("<html><body>" + Nested(300, 10) + "</body></html>"));
        Assert.Null(result.Article);
        Assert.Contains("too big for the generic reader (no site rule for this site)", result.Error!.Reason);
        Assert.Contains("6,000 links", result.Error.Reason);
    }

    [Fact]
    public void Thousands_of_siblings_or_text_hundreds_deep_are_over_the_estimate_too()
    {
        string Body(string inner) => "<html><body>" + inner + "</body></html>";
        var plain = "<p>Giá lúa IR 50404 được thương lái thu mua ở mức 7.200-7.400 đồng mỗi kg, cao nhất từ đầu năm.</p>";
        // 12,002 elements (under the element limit), 24,000 children of one div: the sibling steps alone are over.
        var wide = Body("<div>" + string.Concat(Enumerable.Repeat("<span>lúa</span> ", 12_000)) + "</div>");
        var level = "<div>" + string.Concat(Enumerable.Repeat(plain, 30));
        var deep = Body(string.Concat(Enumerable.Repeat(level, 300)) + string.Concat(Enumerable.Repeat("</div>", 300)));
        foreach (var html in new[] { wide, deep })
        {
            using var doc = new HtmlParser().ParseDocument(html);
            Assert.Contains("SmartReader would take about", ReadabilityBudget.Refusal(doc.Body!));
        }
    }

    [Fact]
    public void The_same_page_through_its_sites_template_is_read()
    {
        var html = VnExpressHead + "<article class=\"fck_detail\">" + Nested(300, 4) + "</article></body></html>";
        var a = HtmlFixtures.ArticleFromHtml(html);
        Assert.Equal(1200, a.Body.Count);
    }

    [Fact]
    public void A_heavy_real_pattern_page_is_within_the_estimate()
    {
        // Menus, 40 boxes of ten linked items in div soup, 40 paragraphs, a footer of links, 15 wrappers deep:
        // 3,500 elements and 690 links, more than the heavy news pages have once the cleaner has run.
        var html = new StringBuilder("<html><body>");
        for (int i = 0; i < 15; i++) html.Append("<div class=\"wrap\">");
        html.Append("<div class=\"menu\"><ul>");
        for (int i = 0; i < 150; i++) html.Append("<li><div class=\"it\"><div><a href=\"/m\">Thời sự</a></div></div></li>");
        html.Append("</ul></div><div class=\"main\"><h1>Giá lúa tăng mạnh</h1>");
        for (int i = 0; i < 40; i++) html.Append("<div class=\"row\"><div class=\"col\">").Append(Paragraph).Append("</div></div>");
        html.Append("</div>");
        for (int b = 0; b < 40; b++)
        {
            html.Append("<div class=\"box\"><h3>Tin mới</h3><ul>");
            for (int i = 0; i < 10; i++)
                html.Append("<li><div class=\"thumb\"><span><a href=\"/n\">Cà Mau: Mưa trái mùa gây thiệt hại vườn cây</a></span></div><div><span>2 giờ trước</span></div></li>");
            html.Append("</ul></div>");
        }
        html.Append("<div class=\"bottom\"><ul>");
        for (int i = 0; i < 100; i++) html.Append("<li><a href=\"/f\">Liên hệ</a></li>");
        html.Append("</ul></div>").Append(string.Concat(Enumerable.Repeat("</div>", 15))).Append("</body></html>");

        using var doc = new HtmlParser().ParseDocument(html.ToString());
        var cost = ReadabilityBudget.Measure(doc.Body!);
        Assert.InRange(cost.Elements, 3_000, 4_000);
        Assert.True(cost.Seconds < ReadabilityBudget.MaxSeconds / 2, $"estimate {cost.Seconds:N2} s");
        Assert.Null(ReadabilityBudget.Refusal(doc.Body!));
    }
}
