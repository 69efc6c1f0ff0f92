using Bantin.News.Model;

namespace Bantin.News.Tests.Html;

/// <summary>
/// Fields are normalized with the text core; repairs that change letters are reported with offsets into the raw
/// fields laid out one per line (title, sapo, paragraphs, author, credits).
/// </summary>
public sealed class HtmlRepairTests
{
    private static Article Read(string title, string sapo, params string[] paragraphs) =>
        HtmlFixtures.ArticleFromHtml($"""
            <html><head><link rel="canonical" href="https://vnexpress.net/x-1.html"></head><body>
            <h1 class="title-detail">{title}</h1><p class="description">{sapo}</p>
            <article class="fck_detail">{string.Concat(paragraphs.Select(p => $"<p class=\"Normal\">{p}</p>"))}</article>
            </body></html>
            """);

    [Fact]
    public void Decomposed_text_is_composed_and_reported_where_it_was()
    {
        var a = Read("Tin A", "Sapo B", "Mở đầu.", "Hoa\u0300 bi\u0300nh lập lại.");
        Assert.Equal("Hoà bình lập lại.", a.Body[1]);
        // "Tin A\nSapo B\nMở đầu.\n" is 21 characters; "a\u0300" starts at 2 in the paragraph.
        Assert.Contains(new Repair("compose", "a\u0300", 23), a.Repairs);
        Assert.Contains(new Repair("compose", "i\u0300", 27), a.Repairs);
    }

    [Fact]
    public void A_split_syllable_is_joined_and_reported()
    {
        var a = Read("Tin A", "Liên doanh sản xuất ôtô đầu tiên giữa hai nước, l iên doanh ra đời.", "Thân bài.");
        Assert.Equal("Liên doanh sản xuất ôtô đầu tiên giữa hai nước, liên doanh ra đời.", a.Sapo);
        var repair = Assert.Single(a.Repairs, r => r.Kind == "split-syllable");
        Assert.Equal("l iên", repair.Text);
        Assert.Equal(6 + 48, repair.Offset);
    }

    [Fact]
    public void Html_whitespace_is_collapsed_without_repairs()
    {
        var a = Read("  Tin\n   A  ", "Sapo&nbsp;&nbsp;B\t", "Một&#8203;   đoạn\r\n văn.", "&nbsp;");
        Assert.Equal("Tin A", a.Title);
        Assert.Equal("Sapo B", a.Sapo);
        Assert.Equal(["Một đoạn văn."], a.Body);
        Assert.Empty(a.Repairs);
    }

    [Fact]
    public void Look_alike_letters_are_replaced()
    {
        var a = Read("\u00D0à Nẵng đón khách", "Sapo B", "Thân bài.");
        Assert.Equal("Đà Nẵng đón khách", a.Title);
        Assert.Contains(a.Repairs, r => r.Kind == "confusable" && r.Offset == 0);
    }

    [Fact]
    public void Source_tags_and_moved_bylines_are_reported_in_layout_order()
    {
        var a = Read("Tin A", "(Dân trí) - Sapo B", "Thân bài.", "<strong>Trọng Giáp</strong>");
        Assert.Equal("Sapo B", a.Sapo);
        Assert.Equal(
            [new Repair("source-prefix", "(Dân trí) -", 6), new Repair("byline", "Trọng Giáp", 6 + 19 + 10)],
            a.Repairs);
    }

    [Fact]
    public void Repairs_are_capped()
    {
        var garbage = string.Concat(Enumerable.Repeat("a\u0300 ", 1000));
        var a = Read("Tin A", "Sapo B", garbage);
        Assert.Equal(200, a.Repairs.Count);
    }
}
