using Bantin.News.Structure;

namespace Bantin.News.Tests.Structure;

/// <summary>Which straight quotes of a fused text close: each case lists O (opens) or C (closes) per straight quote.</summary>
public class StraightQuotesTests
{
    private static string Labels(string t)
    {
        var closing = StraightQuotes.Closing(t);
        var labels = new List<char>();
        for (int i = 0; i < t.Length; i++)
            if (t[i] == '"') labels.Add(closing.Contains(i) ? 'C' : 'O');
        return new string([.. labels]);
    }

    [Theory]
    // Spacing decides: before a space or punctuation it closes, after a space it opens.
    [InlineData("Ông nói: \"Tôi đi\", rồi về.", "OC")]
    // A closing quote the source spaced before a dash ("rồi "- ông Lợi nói") still closes.
    [InlineData("\"Vụ án kéo dài quá rồi \"- ông Lợi nói.", "OC")]
    // Glued on both sides, a quote closes an open quotation…
    [InlineData("Ông nói: \"Tôi đi.\"Sau đó ông đi.", "OC")]
    // …and opens one when none is open.
    [InlineData("Sau đó ông đi.\"Tôi sẽ quay lại\", ông nói.", "OC")]
    // Two quotes run together: one quotation ends, the next begins.
    [InlineData("Anh viết: \"Em dạy anh nhiều.Anh tốt hơn!\"\"Anh cam kết.Trái tim anh là của em!\"Tin ảnh", "OCOC")]
    // A quotation spanning glued paragraphs (Dân trí's convention: no quote reopens each paragraph) stays open, and
    // the quotes after it keep pairing up.
    [InlineData("Hailey viết: \"Anh may mắn.Em dạy anh.\"Ảnh cưới\"Anh hứa sẽ luôn bên em.Chúc mừng ngày cưới.\"Cặp đôi rất ít khi xa nhau.",
        "OCOC")]
    // A quotation the source left open: the next glued quote opens again rather than leave a stray closing quote.
    [InlineData("Ông gọi đó là điều \"không thể chấp nhận.Trong cuộc gặp ông nói thêm.\"Chúng tôi không muốn\", ông nói.", "OOC")]
    // A quotation opened with a curly quote and closed with a straight one.
    [InlineData("Linh kể: “Tôi đã khóc.Tôi như người bị phản bội \"- Linh chia sẻ.\"Tôi hát lại\", cô nói.", "COC")]
    public void Quotes_pair_up(string text, string expected) => Assert.Equal(expected, Labels(text));

    [Fact]
    public void Text_without_quotes_has_none() => Assert.Empty(StraightQuotes.Closing("Không có ngoặc kép nào."));

    [Fact]
    public void Many_quotes_are_labelled_in_linear_time()
    {
        // 200,000 glued quotes: the pairing is one pass forward and one back, not a search.
        string t = string.Concat(Enumerable.Repeat("Ông nói.\"Tôi đi.", 200_000));
        Assert.Equal(200_000, t.Count(c => c == '"'));
        Assert.Equal(100_000, StraightQuotes.Closing(t).Count);
    }
}
