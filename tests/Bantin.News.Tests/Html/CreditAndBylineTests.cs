using Bantin.News.Readers.Html;

namespace Bantin.News.Tests.Html;

public sealed class CreditAndBylineTests
{
    [Theory]
    [InlineData("Ảnh: Reuters")]
    [InlineData("Video: VTV")]
    [InlineData("Nguồn: Bộ Y tế")]
    [InlineData("Bài và ảnh: Hoàng Anh")]
    [InlineData("Theo TTXVN")]
    [InlineData("(Theo Reuters)")]
    [InlineData("(Theo Reuters).")]
    [InlineData("Theo Reuters, AFP")]
    [InlineData("Theo Thông tấn xã Việt Nam")]
    [InlineData("(Nguồn: Tổng hợp)")]
    public void Credits(string text) => Assert.True(CreditPatterns.IsCredit(text), text);

    [Theory]
    [InlineData("Theo kế hoạch, dự án hoàn thành vào cuối năm.")]
    [InlineData("Theo Bộ Y tế, dịch đã giảm")]
    [InlineData("Theo ông Hùng")]
    [InlineData("Ảnh hưởng của bão rất lớn")]
    [InlineData("Nguồn tin cho biết giá sẽ tăng")]
    [InlineData("Theo TTXVN. Hai bên đã ký kết thỏa thuận hợp tác toàn diện trong nhiều lĩnh vực, từ kinh tế, thương mại đến giáo dục và y tế.")]
    public void Sentences_are_not_credits(string text) => Assert.False(CreditPatterns.IsCredit(text), text);

    [Theory]
    [InlineData("(Theo TTXVN)", "Theo TTXVN")]
    [InlineData("(Theo Reuters).", "Theo Reuters")]
    [InlineData("Ảnh: Reuters", "Ảnh: Reuters")]
    public void Credits_lose_their_parentheses(string text, string expected) => Assert.Equal(expected, CreditPatterns.Clean(text));

    [Theory]
    [InlineData("Trọng Giáp", true)]
    [InlineData("NGỌC AN", true)]
    [InlineData("Hoàng Anh - Minh Khôi", true)]
    [InlineData("Hà Nội sáng nay", false)]
    [InlineData("Hết.", false)]
    [InlineData("Năm 2018", false)]
    public void Names(string text, bool isName) => Assert.Equal(isName, BylineFinder.IsName(text, default));

    [Fact]
    public void A_byline_with_credits_is_split()
    {
        var split = BylineFinder.SplitNameAndCredits(FieldText.Of("Hoàng Anh - Ảnh: Mạnh Quân - Video: VTV"));
        Assert.NotNull(split);
        Assert.Equal("Hoàng Anh", split.Value.Name.Text);
        Assert.Equal(["Ảnh: Mạnh Quân", "Video: VTV"], split.Value.Credits.Select(c => c.Text));
    }

    [Fact]
    public void A_line_of_more_credits_than_a_byline_carries_is_no_byline()
    {
        string Line(int credits) => "Hoàng Anh" + string.Concat(Enumerable.Repeat(" - Ảnh: Mạnh Quân", credits));
        Assert.Equal(8, BylineFinder.SplitNameAndCredits(FieldText.Of(Line(8)))!.Value.Credits.Count);
        Assert.Null(BylineFinder.SplitNameAndCredits(FieldText.Of(Line(9))));
        Assert.Null(BylineFinder.SplitNameAndCredits(FieldText.Of(Line(8000))));   // refused before any split
        Assert.Null(BylineFinder.SplitNameAndCredits(FieldText.Of("Hoàng Anh - Ảnh: Mạnh Quân - đây là một câu văn dài")));
    }

    [Fact]
    public void The_body_tail_gives_up_its_byline_and_credits_but_not_its_text()
    {
        var body = new List<(FieldText, HtmlParagraph)>
        {
            P("Hai bên đã ký kết thỏa thuận."),
            P("Lễ ký diễn ra tại Hà Nội. (Theo TTXVN)"),
            (FieldText.Of("Trọng Giáp"), new HtmlParagraph("Trọng Giáp", false, true, true)),
            P("Video: VTV"),
        };
        var (author, credits) = BylineFinder.Take(body, null);
        Assert.Equal("Trọng Giáp", author?.Text);
        Assert.Equal(["Theo TTXVN", "Video: VTV"], credits.Select(c => c.Text));
        Assert.Equal(["Hai bên đã ký kết thỏa thuận.", "Lễ ký diễn ra tại Hà Nội."], body.Select(b => b.Item1.Text));
    }

    [Fact]
    public void A_closing_sentence_stays_in_the_body()
    {
        var body = new List<(FieldText, HtmlParagraph)> { P("Mở đầu."), P("Dự án sẽ hoàn thành vào năm 2025.") };
        var (author, credits) = BylineFinder.Take(body, null);
        Assert.Null(author);
        Assert.Empty(credits);
        Assert.Equal(2, body.Count);
    }

    private static (FieldText, HtmlParagraph) P(string text) => (FieldText.Of(text), new HtmlParagraph(text, false, false, false));
}
