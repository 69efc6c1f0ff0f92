using Bantin.News.Structure;

namespace Bantin.News.Tests.Structure;

/// <summary>The hand-written glue rules alone (no model), where they bound their look-around.</summary>
public class GlueFinderTests
{
    private static List<int> Starts(string t) => [.. GlueFinder.Find(t, StraightQuotes.Closing(t)).Select(g => g.Start)];

    [Fact]
    public void A_heading_ends_with_a_word_not_with_a_run_of_letters_longer_than_any_name()
    {
        // The word before a glued capital is read back at most 40 letters, so a long run of capitals costs linear time.
        string word = "Giá vàng hôm nay tăng ở MinskLiên doanh mới.";
        string run = "Giá vàng hôm nay tăng ở " + new string('k', 41) + "Liên doanh mới.";
        Assert.Contains(word.IndexOf("Liên", StringComparison.Ordinal), Starts(word));
        Assert.DoesNotContain(run.IndexOf("Liên", StringComparison.Ordinal), Starts(run));
    }

    [Theory]
    // After a single quote a capital starts a heading only when the quote closes (the part holds an odd number before it).
    [InlineData("Anh gọi đó là 'bí mật'Hai bên đã ký.", "Hai", true)]
    [InlineData("Anh gọi đó là bí mật 'Hai bên' đã ký.", "Hai", false)]
    [InlineData("Tiêu đề mới.Anh gọi đó là 'bí mật' và 'cam kết'Hai bên đã ký.", "Hai", true)]
    // After a slash, only inside a web address; a run without spaces longer than any address is none.
    [InlineData("Xem chi tiết tại http://www.vpbank.com.vn/Hướng dẫn mở tài khoản.", "Hướng", true)]
    [InlineData("Xem chi tiết tại đồng/Hướng dẫn mở tài khoản.", "Hướng", false)]
    public void Quotes_and_slashes_before_a_capital(string text, string at, bool glue) =>
        Assert.Equal(glue, Starts(text).Contains(text.IndexOf(at, StringComparison.Ordinal)));

    [Fact]
    public void An_address_longer_than_any_url_is_no_url()
    {
        string path = new string('a', 600);
        string url = $"Xem tại http://www.vpbank.com.vn/{path}/Hướng dẫn.";
        string shortUrl = $"Xem tại http://www.vpbank.com.vn/{path[..100]}/Hướng dẫn.";
        Assert.Contains(shortUrl.IndexOf("Hướng", StringComparison.Ordinal), Starts(shortUrl));
        Assert.DoesNotContain(url.IndexOf("Hướng", StringComparison.Ordinal), Starts(url));
    }
}
