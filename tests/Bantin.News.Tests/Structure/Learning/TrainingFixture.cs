using System.Text.Json;

namespace Bantin.News.Tests.Structure.Learning;

/// <summary>A small gold corpus (JSONL in a temp file) built from a few sentences, for training tests.</summary>
internal static class TrainingFixture
{
    private static readonly string[] Titles =
    [
        "Giá vàng tăng mạnh", "Bão số 9 đổ bộ miền Trung", "Hà Nội mở rộng tuyến xe buýt", "Xuất khẩu gạo đạt kỷ lục",
        "Đội tuyển Việt Nam thắng Indonesia", "Vì sao giá xăng tăng?", "Top 10 thương hiệu năm 2020", "Apple ra mắt iPhone mới",
    ];

    private static readonly string[] Sentences =
    [
        "Giá vàng SJC sáng nay tăng 200.000 đồng mỗi lượng.", "Theo Bộ Công Thương, giá dầu thế giới cũng tăng.",
        "Ông Nguyễn Văn Nam cho biết nhu cầu mua vàng tăng cao.", "Mưa lớn kéo dài gây ngập nhiều tuyến đường.",
        "Hơn 100 ngôi nhà bị tốc mái trong đêm qua.", "UBND thành phố đã chỉ đạo các quận khắc phục hậu quả.",
        "Tuyến xe buýt mới nối trung tâm với sân bay Nội Bài.", "Năm 2020, Việt Nam xuất khẩu hơn 6 triệu tấn gạo.",
        "\"Chúng tôi sẵn sàng cho trận đấu\", HLV Park Hang-seo nói.", "Người hâm mộ đổ ra đường ăn mừng chiến thắng.",
        "Các chuyên gia cho rằng đây là xu hướng dài hạn.", "VnExpress ghi nhận nhiều cửa hàng đông khách.",
        "Sản phẩm được bán tại TP.HCM từ tuần sau.", "Giá bán khởi điểm là 25 triệu đồng.",
    ];

    private static readonly string[] Authors = ["Minh Anh", "Hà Linh", "Trường Thịnh", "Nhật Linh"];

    /// <summary>Writes <paramref name="count"/> articles; returns the file's path (the caller deletes it).</summary>
    public static string Write(int count = 60)
    {
        var path = Path.GetTempFileName();
        using var w = new StreamWriter(path);
        for (int k = 0; k < count; k++)
        {
            var body = Enumerable.Range(1, 3 + k % 4).Select(j => Sentences[(k * 5 + j * 3) % Sentences.Length]).ToList();
            if (k % 5 == 0) body.Insert(1, "Thiệt hại ban đầu");
            var article = new
            {
                id = $"fixture-{k}",
                title = Titles[k % Titles.Length],
                sapo = Sentences[(k * 7) % Sentences.Length],
                body,
                author = Authors[k % Authors.Length],
            };
            w.Write(JsonSerializer.Serialize(article) + "\n");
        }
        return path;
    }
}
