using Bantin.News.Structure;

namespace Bantin.News.Tests.Structure;

/// <summary>The hard cases of fused text named in the issue, one by one.</summary>
public class FusedTextCaseTests
{
    private static string Join(RecoveredArticle r) =>
        string.Join(" | ", new[] { r.Title, r.Sapo }.Concat(r.Body).Concat(r.Author is null ? [] : ["@" + r.Author]));

    [Theory]
    // Title without punctuation run into the sapo; abbreviations and decimals inside fields stay whole.
    [InlineData("Giá xăng tăng tại TP.HCMGiá xăng RON 95 tăng 3.5% từ 15h chiều nay.Theo Bộ Công Thương, giá dầu cũng tăng.Minh Anh",
        "Giá xăng tăng tại TP.HCM | Giá xăng RON 95 tăng 3.5% từ 15h chiều nay. | Theo Bộ Công Thương, giá dầu cũng tăng. | @Minh Anh")]
    // A title ending in a question mark, a quote, a digit.
    [InlineData("Vì sao giá vàng tăng?Giá vàng hôm nay tăng mạnh.Các chuyên gia cho rằng đây là xu hướng.Hà Linh",
        "Vì sao giá vàng tăng? | Giá vàng hôm nay tăng mạnh. | Các chuyên gia cho rằng đây là xu hướng. | @Hà Linh")]
    [InlineData("Top 10 thương hiệu năm 2020Năm nay có nhiều thay đổi.Vinamilk đứng đầu bảng xếp hạng.Trường Thịnh",
        "Top 10 thương hiệu năm 2020 | Năm nay có nhiều thay đổi. | Vinamilk đứng đầu bảng xếp hạng. | @Trường Thịnh")]
    // Multi-sentence sapo (its sentences are spaced), sapo→body marked only by a no-break space, initials.
    [InlineData("Hội nghị APECLãnh đạo các nước đến Đà Nẵng. Ông Lê Hoài B. Nguyễn phát biểu.\u00a0\"Chúng tôi sẵn sàng\", ông nói.Như Tâm",
        "Hội nghị APEC | Lãnh đạo các nước đến Đà Nẵng. Ông Lê Hoài B. Nguyễn phát biểu. | \"Chúng tôi sẵn sàng\", ông nói. | @Như Tâm")]
    // Straight quotes: closing ones stay with their paragraph, opening ones start the next; a quotation the source
    // left open does not swallow the next paragraph's opening quote.
    [InlineData("Tin thời sựÔng nói: \"Tôi đi.\"Sau đó ông đi.Bà gọi đó là điều \"khó tin và bỏ về.Ông kể tiếp.\"Chúng tôi sẽ quay lại\", ông nói.Minh Anh",
        "Tin thời sự | Ông nói: \"Tôi đi.\" | Sau đó ông đi. | Bà gọi đó là điều \"khó tin và bỏ về. | Ông kể tiếp. | \"Chúng tôi sẽ quay lại\", ông nói. | @Minh Anh")]
    // A by-line that starts with an initial glued to the last sentence: the dot before it ended the sentence.
    [InlineData("Đàn sói săn bò rừngCon bò trẻ bị ngã.Cả đàn chạy thoát và sống sót.T.Thủy",
        "Đàn sói săn bò rừng | Con bò trẻ bị ngã. | Cả đàn chạy thoát và sống sót. | @T.Thủy")]
    // A heading inside the body, a one-syllable by-line, a credit.
    [InlineData("Bão số 9 đổ bộMiền Trung mưa lớn.Thiệt hại ban đầuHơn 100 ngôi nhà bị tốc mái.Nam (Ảnh: TTXVN)",
        "Bão số 9 đổ bộ | Miền Trung mưa lớn. | Thiệt hại ban đầu | Hơn 100 ngôi nhà bị tốc mái. | @Nam")]
    // Codes of a capital and dotted numbers are written without spaces: no boundary inside B.1.617.
    [InlineData("Ấn Độ phát hiện biến chủng mớiBiến chủng kép B.1.617 lây nhanh hơn.Giới chức Nhật Bản đã phát hiện 21 ca nhiễm biến chủng B.1.617, trong đó có 1 người trong nước.Minh Anh",
        "Ấn Độ phát hiện biến chủng mới | Biến chủng kép B.1.617 lây nhanh hơn. | Giới chức Nhật Bản đã phát hiện 21 ca nhiễm biến chủng B.1.617, trong đó có 1 người trong nước. | @Minh Anh")]
    // A title run into a sapo that starts with a number token, after a pair of spaced quotes, an acronym before a
    // name.
    [InlineData("Giá vàng tăng mạnh trong phiên sáng nay15h30 chiều nay, giá vàng miếng đã vượt 70 triệu đồng.Các chuyên gia dự báo giá còn tăng.Minh Anh",
        "Giá vàng tăng mạnh trong phiên sáng nay | 15h30 chiều nay, giá vàng miếng đã vượt 70 triệu đồng. | Các chuyên gia dự báo giá còn tăng. | @Minh Anh")]
    [InlineData("Ông Trump gọi Triều Tiên là ' mối đe doạ lớn 'Tổng thống Mỹ cho biết ông vẫn sẵn sàng gặp ông Kim.Cuộc gặp có thể diễn ra vào tháng 6.Hà Linh",
        "Ông Trump gọi Triều Tiên là ' mối đe doạ lớn ' | Tổng thống Mỹ cho biết ông vẫn sẵn sàng gặp ông Kim. | Cuộc gặp có thể diễn ra vào tháng 6. | @Hà Linh")]
    [InlineData("Nga phản đối việc tiêm kích bám theo chuyên cơ dự APECMoscow yêu cầu Bern giải thích vụ việc.Bộ Ngoại giao Nga đã triệu đại sứ Thụy Sĩ.Minh Anh",
        "Nga phản đối việc tiêm kích bám theo chuyên cơ dự APEC | Moscow yêu cầu Bern giải thích vụ việc. | Bộ Ngoại giao Nga đã triệu đại sứ Thụy Sĩ. | @Minh Anh")]
    // A date or score takes no decimals: digits glued after its full stop begin the next paragraph. A thousands
    // group and a licence plate stay whole.
    [InlineData("Lũ quét ở miền núiMưa lớn kéo dài từ tối 24/6.93 người vẫn mất tích, bản đồ quy hoạch tỷ lệ 1/2.000 phải làm lại.Minh Anh",
        "Lũ quét ở miền núi | Mưa lớn kéo dài từ tối 24/6. | 93 người vẫn mất tích, bản đồ quy hoạch tỷ lệ 1/2.000 phải làm lại. | @Minh Anh")]
    [InlineData("Barcelona thắng ngược EibarBarcelona bị dẫn trước nhưng đã ngược dòng.Messi ghi bàn nâng tỷ số lên 4-2.5 phút sau, xe máy 65 H 1-035.63 bị phạt.Hà Linh",
        "Barcelona thắng ngược Eibar | Barcelona bị dẫn trước nhưng đã ngược dòng. | Messi ghi bàn nâng tỷ số lên 4-2. | 5 phút sau, xe máy 65 H 1-035.63 bị phạt. | @Hà Linh")]
    // A sapo that opens with a quotation, run into the title's last word: the quote opens the sapo (a closing quote
    // stays with the title, as in "…ông Kim"Tổng thống" above).
    [InlineData("Việt Nam sẽ sản xuất Tamiflu\"Chúng tôi sẽ sản xuất thuốc trong năm nay\", ông Nam nói.Thuốc sẽ được bán rộng rãi.Minh Anh",
        "Việt Nam sẽ sản xuất Tamiflu | \"Chúng tôi sẽ sản xuất thuốc trong năm nay\", ông Nam nói. | Thuốc sẽ được bán rộng rãi. | @Minh Anh")]
    [InlineData("Việt Nam sẽ tham gia Trung tâm APEC - ADOC\"Việc gia nhập ADOC rất có lợi\", ông Hưng nói.Quyết định sẽ có trong tháng tới.Minh Anh",
        "Việt Nam sẽ tham gia Trung tâm APEC - ADOC | \"Việc gia nhập ADOC rất có lợi\", ông Hưng nói. | Quyết định sẽ có trong tháng tới. | @Minh Anh")]
    // A sapo that starts with an acronym run into the title (three capitals or more; "PetroVN" is a name).
    [InlineData("TP HCM cho người thu nhập thấp vay tiền mua nhà ởUBND thành phố vừa ban hành quy định mới.Người vay được hỗ trợ lãi suất.Minh Anh",
        "TP HCM cho người thu nhập thấp vay tiền mua nhà ở | UBND thành phố vừa ban hành quy định mới. | Người vay được hỗ trợ lãi suất. | @Minh Anh")]
    [InlineData("Yêu cầu điều tra bổ sung sai phạm tại Vũng Tàu SinhancoTAND tỉnh vừa trả hồ sơ vụ án.Vụ án kéo dài nhiều năm.Minh Anh",
        "Yêu cầu điều tra bổ sung sai phạm tại Vũng Tàu Sinhanco | TAND tỉnh vừa trả hồ sơ vụ án. | Vụ án kéo dài nhiều năm. | @Minh Anh")]
    [InlineData("Hai cán bộ bị kỷ luật vì \"chia bè kéo cánh\"UBND huyện Mê Linh cho biết đã kỷ luật hai cán bộ.Quyết định có hiệu lực ngay.Minh Anh",
        "Hai cán bộ bị kỷ luật vì \"chia bè kéo cánh\" | UBND huyện Mê Linh cho biết đã kỷ luật hai cán bộ. | Quyết định có hiệu lực ngay. | @Minh Anh")]
    [InlineData("Tàu chở dầu bị tấn công trên vùng biển gần IranUAE xác nhận các tàu hàng bị hư hại.Không ai bị thương.Minh Anh",
        "Tàu chở dầu bị tấn công trên vùng biển gần Iran | UAE xác nhận các tàu hàng bị hư hại. | Không ai bị thương. | @Minh Anh")]
    [InlineData("Tin vắn kinh tế ngày 27/6SJC kết nối với ngân hàng để mở rộng thị phần.Giá vàng tăng nhẹ.Minh Anh",
        "Tin vắn kinh tế ngày 27/6 | SJC kết nối với ngân hàng để mở rộng thị phần. | Giá vàng tăng nhẹ. | @Minh Anh")]
    [InlineData("Tổng giám đốc PetroVN né trách nhiệm cá nhânNgày 14/12, Bộ Công nghiệp họp kiểm điểm ban lãnh đạo.Cuộc họp kéo dài.Minh Anh",
        "Tổng giám đốc PetroVN né trách nhiệm cá nhân | Ngày 14/12, Bộ Công nghiệp họp kiểm điểm ban lãnh đạo. | Cuộc họp kéo dài. | @Minh Anh")]
    // An interview: each question and answer starts with a dash touching its first word.
    [InlineData("Nghệ sĩ trẻ và giấc mơ âm nhạcAnh vừa trò chuyện với VnExpress.-Anh có thể giới thiệu về album mới?-Album gồm 10 ca khúc, đều do tôi sáng tác.Minh Anh",
        "Nghệ sĩ trẻ và giấc mơ âm nhạc | Anh vừa trò chuyện với VnExpress. | -Anh có thể giới thiệu về album mới? | -Album gồm 10 ca khúc, đều do tôi sáng tác. | @Minh Anh")]
    // A dash after a word starts a list item only in a list (the part is an item, or another item follows); alone, it
    // joins names inside the paragraph.
    [InlineData("Trường tuyển sinh vượt chỉ tiêuNăm nay trường tiếp tục tuyển vượt chỉ tiêu.Năm 2018, trường tuyển vượt chỉ tiêu ở các ngành Tài chính- Ngân hàng (vượt 36%), Quản lý Kinh tế (vượt 96,6%).Tuấn Anh",
        "Trường tuyển sinh vượt chỉ tiêu | Năm nay trường tiếp tục tuyển vượt chỉ tiêu. | Năm 2018, trường tuyển vượt chỉ tiêu ở các ngành Tài chính- Ngân hàng (vượt 36%), Quản lý Kinh tế (vượt 96,6%). | @Tuấn Anh")]
    [InlineData("Kho hàng mới mở cửaCông ty vừa khai trương kho hàng mới.Thông tin chi tiết- Địa chỉ: Số 1 Đường Lý Sơn, Long Biên- Hotline: 084 7575 333- Email: lienhe@kho.vnTuấn Anh",
        "Kho hàng mới mở cửa | Công ty vừa khai trương kho hàng mới. | Thông tin chi tiết | - Địa chỉ: Số 1 Đường Lý Sơn, Long Biên | - Hotline: 084 7575 333 | - Email: lienhe@kho.vn | @Tuấn Anh")]
    public void Recovers_fields(string raw, string expected) => Assert.Equal(expected, Join(StructureRecovery.Recover(raw)));

    [Theory]
    [InlineData("Nhân viên lắp ráp ôtô tại nhà máy VinFast ở Hải Phòng.VinFast đặt cược lớn vào thị trường Mỹ.Xe được bán từ năm sau.Như Tâm",
        "Nhân viên lắp ráp ôtô tại nhà máy VinFast ở Hải Phòng.")]
    [InlineData("Du khách đến khu vui chơi VinWonders tại Nha Trang dịp lễ.Lượng khách tăng mạnh.Nhiều người xếp hàng từ sớm.Minh Anh",
        "Du khách đến khu vui chơi VinWonders tại Nha Trang dịp lễ.")]
    public void A_listed_camel_case_brand_is_not_a_title_end(string raw, string title) =>
        Assert.Equal(title, StructureRecovery.Recover(raw).Title);

    [Theory]
    [InlineData("Công cụ SpillOver xếp hạng nguy cơ virus lây từ động vật sang ngườiCác nhà khoa học Mỹ vừa công bố công cụ trực tuyến có tên SpillOver. Công cụ xếp hạng 887 loại virus.Minh Anh",
        "Công cụ SpillOver xếp hạng nguy cơ virus lây từ động vật sang người")]
    public void A_glued_word_the_article_writes_whole_elsewhere_is_not_a_title_end(string raw, string title) =>
        Assert.Equal(title, StructureRecovery.Recover(raw).Title);

    [Fact]
    public void Camel_case_names_are_not_boundaries()
    {
        var r = StructureRecovery.Recover("Ứng dụng VnExpress trên iPhone và TikTokNgười dùng đọc tin trên VnExpress mỗi ngày.Hà Phương");
        Assert.Equal("Ứng dụng VnExpress trên iPhone và TikTok", r.Title);
        Assert.Equal("Người dùng đọc tin trên VnExpress mỗi ngày.", r.Sapo);
    }

    [Fact]
    public void Credit_lines_at_the_end_are_credits_and_the_line_before_them_the_by_line()
    {
        var r = StructureRecovery.Recover("Hoa hậu trở về nước\nCô được chào đón tại sân bay.\nNgười hâm mộ mang hoa đến đón.\nLê Anh\nẢnh: Rubi\n(Video: Huy Mạnh)\n");
        Assert.Equal(["Người hâm mộ mang hoa đến đón."], r.Body);
        Assert.Equal("Lê Anh", r.Author);
        Assert.Equal(["Ảnh: Rubi", "Video: Huy Mạnh"], r.Credits);

        // Fused: the credit line is cut where it was run into the by-line.
        var fused = StructureRecovery.Recover("Hoa hậu trở về nướcCô được chào đón tại sân bay.Người hâm mộ mang hoa đến đón.Lê AnhẢnh: Facebook nhân vật");
        Assert.Equal("Lê Anh", fused.Author);
        Assert.Equal(["Ảnh: Facebook nhân vật"], fused.Credits);
    }

    [Theory]
    [InlineData("Clip: Hiện trường phát hiện thi thể nạn nhân")]      // a caption of a clip
    [InlineData("Video: Cận cảnh hai hồ nước bị ô nhiễm")]
    [InlineData("Ảnh: ông Nam cho biết: Không")]                      // no sentence inside a credit
    public void A_caption_is_not_a_credit(string last)
    {
        var r = StructureRecovery.Recover($"Tiêu đề bài báo\nĐoạn mở đầu.\nĐoạn một.\n{last}\n");
        Assert.Empty(r.Credits);
        Assert.Contains(last, r.Body.Append(r.Author ?? ""));
    }

    [Fact]
    public void Line_structured_text_is_read_field_per_line()
    {
        var r = StructureRecovery.Recover("Tiêu đề bài báo\nĐoạn mở đầu.\nĐoạn một.\nĐoạn hai.\nMinh Anh\n");
        Assert.Equal("Tiêu đề bài báo", r.Title);
        Assert.Equal("Đoạn mở đầu.", r.Sapo);
        Assert.Equal(["Đoạn một.", "Đoạn hai."], r.Body);
        Assert.Equal("Minh Anh", r.Author);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("...")]
    [InlineData("a")]
    [InlineData("\uD800")]
    [InlineData("Một câu.")]
    [InlineData("Ba từ ở đây.-")]
    [InlineData("Ba từ ở đây.-A")]
    [InlineData("Ba từ ở đây Tamiflu\"")]
    [InlineData("Ba từ ở nhà ởUBND")]
    [InlineData("Ba từ ở đây (Ảnh:")]
    [InlineData("Ba từ ở đây.\nẢnh: X\nVideo: Y")]
    [InlineData("Ảnh: X\nVideo: Y")]
    [InlineData("hôm 24/6.")]
    public void Degenerate_input_does_not_throw(string raw)
    {
        var r = StructureRecovery.Recover(raw);
        Assert.NotNull(r.Body);
    }
}
