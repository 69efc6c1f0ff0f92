using Bantin.News.Structure;

namespace Bantin.News.Tests.Structure;

public class ConnectivesTests
{
    [Theory]
    [InlineData("nhóm khoa học của|Đại học California")]
    [InlineData("cho biết, tại|Nhật Bản")]
    [InlineData("Sản phẩm mới khiến|Apple lo ngại")]
    [InlineData("của|Đại học")]
    public void A_connective_does_not_end_a_field(string marked) => Assert.True(EndsBefore(marked));

    [Theory]
    [InlineData("tăng gấp 5 lần hiện tại|Năm nay")]      // "hiện tại" is a word of its own
    [InlineData("chuẩn bị đợt giải cứu tiếp theo|Sau đó")]
    [InlineData("Tiễn biệt người thầy tâm sáng, lòng trong|7h30")] // "trong" is also "clear"
    [InlineData("Vũ Văn Tại|Ngày 5/4")]                   // a name, capitalised
    [InlineData("điện thoại Android|Các")]
    [InlineData("thêm 3 từ|Cuối cùng")]                    // "từ" is also "word"
    public void Other_words_may(string marked) => Assert.False(EndsBefore(marked));

    private static bool EndsBefore(string marked)
    {
        int i = marked.IndexOf('|');
        return Connectives.EndsBefore(marked.Remove(i, 1), i);
    }
}
