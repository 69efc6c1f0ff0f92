using AngleSharp.Html.Parser;
using Bantin.News.Readers.Html;

namespace Bantin.News.Tests.Html;

public sealed class ContentCleanerTests
{
    [Theory]
    [InlineData("<figure><img src=a.jpg><figcaption>Chú thích</figcaption></figure>")]
    [InlineData("<div class=\"box-tinlienquanv2\">Tin liên quan</div>")]
    [InlineData("<div class=\"PhotoCMS_Caption\">Chú thích</div>")]
    [InlineData("<div class=\"box_comment_vne\">Ý kiến</div>")]
    [InlineData("<div id=\"comment-box\">Ý kiến</div>")]
    [InlineData("<div class=\"tags-container\"><a>Sầm Sơn</a></div>")]
    [InlineData("<div class=\"detail-tag\"><a>Nhật Bản</a></div>")]
    [InlineData("<p class=\"the-article-tags\"><a>#tag</a></p>")]
    [InlineData("<div class=\"social-share\"><a>Chia sẻ</a></div>")]
    [InlineData("<div class=\"banner_ads\">Quảng cáo</div>")]
    [InlineData("<ins class=\"adsbygoogle\"></ins>")]
    [InlineData("<div type=\"RelatedOneNews\">Tin liên quan</div>")]
    [InlineData("<div type=\"VideoStream\">Video</div>")]
    [InlineData("<div class=\"box_embed_video\">Video</div>")]
    [InlineData("<div style=\"display: none\">Ẩn</div>")]
    [InlineData("<div hidden>Ẩn</div>")]
    [InlineData("<table class=\"picture\"><tr><td><img src=a.jpg></td></tr><tr><td>Chú thích</td></tr></table>")]
    public void Junk_is_removed(string html) => Assert.Equal("Văn bản.", Clean($"<p>Văn bản.</p>{html}"));

    [Theory]
    [InlineData("<p class=\"tagline\">Văn bản.</p>")]
    [InlineData("<p class=\"Normal\">Văn bản.</p>")]
    [InlineData("<div class=\"vantage\">Văn bản.</div>")]
    [InlineData("<table><tr><td>Văn bản.</td></tr></table>")]
    public void Text_is_kept(string html) => Assert.Equal("Văn bản.", Clean(html));

    private static string Clean(string html)
    {
        var doc = new HtmlParser().ParseDocument($"<html><body><div id=\"root\">{html}</div></body></html>");
        var root = doc.GetElementById("root")!;
        ContentCleaner.Clean(root, "");
        return PageExtractor.TextOf(root);
    }
}
