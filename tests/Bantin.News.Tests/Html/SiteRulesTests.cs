using AngleSharp.Html.Parser;
using Bantin.News.Readers.Html;

namespace Bantin.News.Tests.Html;

public sealed class SiteRulesTests
{
    public static TheoryData<string> Sources => new(SiteRules.All.Select(r => r.Source));

    [Theory]
    [MemberData(nameof(Sources))]
    public void Every_selector_of_a_rule_is_valid_css(string source)
    {
        var rule = SiteRules.All.Single(r => r.Source == source);
        var doc = new HtmlParser().ParseDocument("<html><body><div></div></body></html>");
        foreach (var selector in new[] { rule.Title, rule.Sapo, rule.Body, rule.Author, rule.Date, rule.Category, rule.Credits, rule.Junk, rule.Stamp })
            if (selector.Length > 0) doc.QuerySelectorAll(selector); // throws on a bad selector
    }

    [Theory]
    [InlineData("https://vnexpress.net/a-1.html", "VnExpress")]
    [InlineData("https://e.vnexpress.net/news/a-1.html", "VnExpress")]
    [InlineData("https://tuoitre.vn/a.htm", "Tuổi Trẻ")]
    [InlineData("https://thanhnien.vn/a.htm", "Thanh Niên")]
    [InlineData("https://dantri.com.vn/a.htm", "Dân trí")]
    [InlineData("https://vietnamnet.vn/a.html", "VietnamNet")]
    [InlineData("https://zingnews.vn/a.html", "Znews")]
    [InlineData("https://news.zing.vn/a.html", "Znews")]
    [InlineData("https://nld.com.vn/a.htm", "Người Lao Động")]
    [InlineData("https://vtc.vn/a.html", "VTC News")]
    public void A_rule_is_found_by_host(string url, string source) => Assert.Equal(source, SiteRules.Find(url, null)?.Source);

    [Theory]
    [InlineData("TUOI TRE ONLINE", "Tuổi Trẻ")]
    [InlineData("Báo điện tử Dân trí", "Dân trí")]
    [InlineData("Báo Người Lao Động Online", "Người Lao Động")]
    [InlineData("ZNEWS.VN", "Znews")]
    public void A_page_without_a_url_is_matched_by_its_site_name(string siteName, string source) =>
        Assert.Equal(source, SiteRules.Find(null, siteName)?.Source);

    [Theory]
    [InlineData("https://notvnexpress.net/a.html", null)]
    [InlineData("https://example.com/a.html", "VnExpress")] // a URL says which site it is; the name does not override it
    [InlineData(null, "Tin Miền Tây")]
    public void Other_sites_have_no_rule(string? url, string? siteName) => Assert.Null(SiteRules.Find(url, siteName));
}
