using Bantin.News.Structure;

namespace Bantin.News.Tests.Structure;

/// <summary>Where a title may end without a glue (the weak ends the model then judges).</summary>
public class TitleBoundaryTests
{
    private static List<int> WeakEnds(string text) => [.. TitleBoundary.FindAll(text, text.Length, StraightQuotes.Closing(text))];

    [Theory]
    // Written once, "Spill|Over" may be a title run into a sapo that opens with a foreign name; written whole again
    // later, it is one word (RepeatedWords), also when it ends the title ("SpillOverCác" asks about "SpillOver").
    [InlineData("Công cụ SpillOver xếp hạng nguy cơ virus lây sang ngườiCác nhà khoa học công bố công cụ.", "Over", true)]
    [InlineData("Công cụ SpillOver xếp hạng nguy cơ virus lây sang ngườiCác nhà khoa học công bố SpillOver.", "Over", false)]
    [InlineData("Các nhà khoa học công bố công cụ SpillOverCông cụ xếp hạng nguy cơ virus lây sang người.", "Over", true)]
    [InlineData("Các nhà khoa học công bố công cụ SpillOverCông cụ SpillOver xếp hạng nguy cơ virus.", "Over", false)]
    public void A_glued_word_written_whole_elsewhere_is_no_title_end(string text, string at, bool weakEnd) =>
        Assert.Equal(weakEnd, WeakEnds(text).Contains(text.IndexOf(at, StringComparison.Ordinal)));

    [Theory]
    // VietNews writes quotes spaced (' Hoàng đế '): a quote glued to the title's last word and followed by a space opens
    // the sapo, when the title's own quotes pair up; so does one after the title's closing quote.
    [InlineData("Gãy tay, thí sinh vẫn phải tự làm bài thi' Trước khi thi em tập viết tay trái '.", "' Trước", true)]
    [InlineData("Gãy tay, thí sinh vẫn phải tự làm bài thi'  Trước khi thi em tập viết tay trái '.", "'  Trước", true)]
    [InlineData("Thủ tướng gọi ông Tập là ' Hoàng đế của thời' Trung Quốc rồi về nước.", "' Trung", false)] // it closes
    [InlineData("Tâm thư ngày khai giảng: ' Khi nào cần, con hãy cứ ôm mẹ '' Gái yêu ơi, con hãy cứ chạy lại '.", "' Gái", true)]
    // After a closing quote any capital may start the sapo, an acronym of two letters too.
    [InlineData("Vũ Cát Tường kể chuyện tình yêu trong MV ' Vài phút trước 'MV \"Vài phút trước\" là sản phẩm.", "MV \"", true)]
    [InlineData("Lương Nguyệt Anh: ‘Mới đây thôi còn nghe chú Quang Lý hát 'Nữ ca sĩ Lương Nguyệt Anh nghẹn lòng.", "Nữ ca", true)]
    // A lower-case word of two letters run into a capitalised word ends the title, a unit after a number or not.
    [InlineData("Giá thịt heo 30.000 đồng / kgThủ tướng vừa quyết định cơ chế hỗ trợ.", "Thủ tướng", true)]
    [InlineData("Radar mới của Trung Quốc có tầm quan sát hàng nghìn kmRadar siêu cao tần mới.", "Radar siêu", true)]
    [InlineData("Apple ra mắt chiếc iPhone mới ở sự kiện tháng chín năm nay.", "Phone", false)]
    // A short capitalised piece the article writes on its own ends the title; a brand's front (Vin) is not.
    [InlineData("Singapore từ chối xe điện Tesla của tỉ phú Elon MuskSingapore từ chối xe của Elon Musk.", "Singapore từ chối xe của", true)]
    [InlineData("Singapore từ chối xe điện Tesla của tỉ phú Elon MuskSingapore từ chối xe điện.", "Singapore từ chối xe điện.", false)]
    [InlineData("Thổ Nhĩ Kỳ muốn Mỹ sa thải đặc phái viên chống ISAnkara kêu gọi Washington đánh IS.", "Ankara", true)]
    [InlineData("Hãng xe VinFast ra mắt mẫu xe mới, khách Vin hài lòngĐây là mẫu xe thứ ba.", "Fast", false)]
    [InlineData("Nhận quả đắng vì chuyển nhượng cổ phiếu, ông chủ Yeah1 lên tiếngÔng chủ Yeah nói.", "1 lên", false)]
    // Two acronyms run together end the title when each stands alone elsewhere and the run never does.
    [InlineData("Dừng đầu tư quốc lộ 53 bằng BOTUBND hai tỉnh đã thống nhất dừng dự án BOT. UBND tỉnh cho biết.", "UBND hai", true)]
    [InlineData("Dừng đầu tư quốc lộ 53 bằng BOTUBND hai tỉnh đã thống nhất dừng dự án BOT.", "UBND hai", false)]
    [InlineData("Dừng đầu tư quốc lộ 53 bằng BOTUBND hai tỉnh đã thống nhất dừng BOTUBND. UBND tỉnh và BOT.", "UBND hai", false)]
    // Acronyms are short: a run of capitals longer than 12 on either side is not two of them (and costs no scan).
    [InlineData("Dừng đầu tư quốc lộ 53 bằng ABCDEFGHKLMNPBOTUBND hai tỉnh. UBND tỉnh và ABCDEFGHKLMNPBOT.", "UBND hai", false)]
    public void Quotes_short_words_and_words_written_alone_end_a_title(string text, string at, bool weakEnd) =>
        Assert.Equal(weakEnd, WeakEnds(text).Contains(text.IndexOf(at, StringComparison.Ordinal)));
}
