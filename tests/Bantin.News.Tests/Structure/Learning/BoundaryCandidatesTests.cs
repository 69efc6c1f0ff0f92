using Bantin.News.Structure.Learning;

namespace Bantin.News.Tests.Structure.Learning;

public class BoundaryCandidatesTests
{
    [Theory]
    [InlineData("ôtô Minsk|Liên doanh")]
    [InlineData("Bộ Ngoại giao.|Hai nước")]
    [InlineData("năm 2020|Năm nay")]
    [InlineData("ăn Tết|270 sinh viên")]
    [InlineData("ông nói.|\"Chúng tôi")]
    [InlineData("ông nói.\"|Chúng tôi")]
    [InlineData("Hotline: 084 7575 333|- Email: a@b.vn")]
    [InlineData("các quy định;|- Ngày lễ")]
    [InlineData("Địa chỉ: Số 1 Lý Sơn, Long Biên|- Hotline: 084 7575 333- Email: a@b.vn")]   // a dash after a word, in a list
    [InlineData("USD mỗi phút.|3. Alphabet")]
    [InlineData("cổ đông\u00A0|Số tiền")]
    public void A_field_may_begin_here(string marked) => Assert.True(IsCandidate(marked));

    [Theory]
    [InlineData("830.000 U|SD mỗi phút")]
    [InlineData("giá 20.000 đồng/|kg")]
    [InlineData("virus SARS-|CoV-2")]
    [InlineData("thủ đô N'|Djamena")]
    [InlineData("giá 3.|500 đồng")]
    [InlineData("Tuy vậy,|Suzuki")]
    [InlineData("khoa học-|kỹ thuật")]
    [InlineData("màu đỏ...|và màu vàng")]
    [InlineData("ông đi |Hà Nội")]
    [InlineData("năm học 2021|- 2022")]
    [InlineData("tăng 8|- 10%")]
    [InlineData("tuyển vượt chỉ tiêu ở các ngành Tài chính|- Ngân hàng (vượt 36%), Quản lý Kinh tế")] // a lone dash joins names
    public void No_field_begins_here(string marked) => Assert.False(IsCandidate(marked));

    [Theory]
    // A list dash run into the number ending the item before starts a field by rule, in a list only; a number of one or
    // two digits is the item's own marker, two numbers make a range.
    [InlineData("Thông tin chi tiết- Địa chỉ: Số 1 Lý Sơn, Long Biên- Hotline: 084 7575 333|- Email: lienhe@kho.vn", true)]
    [InlineData("Danh hiệu: Sinh viên 5 tốt năm 2020|- Đại sứ Kỹ năng- Top 10 Gương mặt trẻ", true)]
    [InlineData("Đội Hàn Quốc đứng đầu với 11 huy chương năm 2020|- Đại sứ Kỹ năng cho biết thêm.", false)] // no list
    [InlineData("Xếp hạng: 1- Hàn Quốc (11, 1, 1), 2- Việt Nam (3, 6, 13), 3|- Nhật Bản (1, 2, 7)", false)]
    [InlineData("Các mốc: - Khởi công năm học 2021|- 2022 và hoàn thành- Bàn giao năm sau", false)]
    public void A_list_dash_after_a_number_is_decided_by_rule(string marked, bool decided)
    {
        int i = marked.IndexOf('|');
        Assert.Equal(decided, BoundaryCandidates.IsItemAfterNumber(marked.Remove(i, 1), i));
    }

    private static bool IsCandidate(string marked)
    {
        int i = marked.IndexOf('|');
        return BoundaryCandidates.IsCandidate(marked.Remove(i, 1), i);
    }
}
