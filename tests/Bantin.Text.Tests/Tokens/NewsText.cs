namespace Bantin.Text.Tests.Tokens;

/// <summary>Realistic Vietnamese news text, built from one varied paragraph, for size and allocation tests.</summary>
internal static class NewsText
{
    public const string Paragraph =
        "Chủ tịch nước Trần Đại Quang và Tổng thống Belarus Alexander Lukashenko hội đàm tại Minsk ngày 26 - 28/6, " +
        "nâng kim ngạch thương mại lên 500 triệu USD, tăng 3,5% so với năm 2017.Hai nước cũng ký 9 văn kiện " +
        "(theo TTXVN). PGS.TS Nguyễn Văn A, ĐH Quốc gia TP.HCM, cho biết lúc 13h30: \"Giá xăng giảm 1.000 đồng/lít\"… " +
        "Chi tiết xem tại https://vnexpress.net/thoi-su/a-b-123.html hoặc liên hệ toasoan@vnexpress.net, #bantin @vne 😀 ";

    /// <summary>The paragraph repeated up to about <paramref name="length"/> chars, as one line.</summary>
    public static string Line(int length) =>
        string.Concat(Enumerable.Repeat(Paragraph, length / Paragraph.Length + 1))[..length];
}
