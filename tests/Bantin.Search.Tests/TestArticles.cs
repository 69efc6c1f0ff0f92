using Bantin.News.Model;
using Bantin.Search.Indexing;

namespace Bantin.Search.Tests;

/// <summary>A handful of articles written for these tests, and a temporary index built from them.</summary>
public sealed class TestIndex : IDisposable
{
    public static readonly Article[] Articles =
    [
        new()
        {
            Id = "belarus", Title = "Việt Nam - Belarus lập liên doanh sản xuất ôtô Minsk",
            Sapo = "Liên doanh sản xuất ôtô đầu tiên giữa hai nước, lắp ráp xe Minsk ở Việt Nam, dự kiến hoạt động vào cuối năm nay.",
            Body = ["Thông tin được đưa ra sau cuộc hội đàm giữa Chủ tịch nước Trần Đại Quang và Tổng thống Belarus Alexander Lukashenko.",
                    "Hai nước cũng đang phấn đấu nâng kim ngạch thương mại song phương lên 500 triệu USD trong hai năm tới."],
            Author = "Trọng Giáp", Source = "VnExpress", Category = "Thời sự", Published = new DateTimeOffset(2017, 11, 29, 10, 0, 0, TimeSpan.FromHours(7)),
        },
        new()
        {
            Id = "trung-quoc", Title = "Tổng Bí thư Nguyễn Phú Trọng hội kiến Thủ tướng Trung Quốc",
            Sapo = "Tổng Bí thư nhấn mạnh tầm quan trọng của việc nâng cao hiệu quả hợp tác cùng có lợi giữa hai nước.",
            Body = ["Tổng Bí thư Nguyễn Phú Trọng sáng nay hội kiến Thủ tướng Trung Quốc Lý Khắc Cường tại Đại lễ đường Nhân dân, thủ đô Bắc Kinh."],
            Author = "Như Tâm", Source = "VnExpress", Category = "Thời sự", Published = new DateTimeOffset(2018, 1, 12, 9, 0, 0, TimeSpan.FromHours(7)),
        },
        new()
        {
            Id = "bong-da", Title = "Đội tuyển bóng đá Việt Nam thắng Thái Lan",
            Sapo = "Đội tuyển Việt Nam giành chiến thắng thuyết phục trước Thái Lan trên sân Mỹ Đình.",
            Body = ["Hàng nghìn cổ động viên đã đến sân cổ vũ đội nhà.", "Huấn luyện viên hài lòng với màn trình diễn của các cầu thủ."],
            Author = "Minh Anh", Source = "Tuổi Trẻ", Category = "Thể thao", Published = new DateTimeOffset(2019, 11, 19, 21, 0, 0, TimeSpan.FromHours(7)),
        },
        new()
        {
            Id = "thoi-tiet", Title = "Hà Nội mưa lớn, nhiều tuyến phố ngập sâu",
            Sapo = "Cơn mưa lớn chiều qua khiến nhiều tuyến phố ở Hà Nội ngập sâu, giao thông ùn tắc.",
            Body = ["Người dân phải dắt xe máy qua những đoạn đường ngập.", "Mưa lớn còn kéo dài đến cuối tuần, theo dự báo thời tiết."],
            Source = "Tuổi Trẻ", Category = "Xã hội", Published = new DateTimeOffset(2019, 6, 2, 18, 0, 0, TimeSpan.FromHours(7)),
        },
        new()
        {
            Id = "oto-gia", Title = "Giá ôtô giảm mạnh cuối năm",
            Sapo = "Nhiều hãng xe giảm giá ôtô để kích cầu dịp cuối năm.",
            Body = ["Thị trường ôtô sôi động hơn khi các hãng đua nhau giảm giá."],
            Source = "VnExpress", Category = "Kinh doanh",
        },
    ];

    public string Path { get; } = Directory.CreateTempSubdirectory("bantin-index-").FullName;

    public TestIndex(IEnumerable<Article>? articles = null, IngestOptions? options = null)
    {
        using var index = NewsIndex.OpenForWriting(Path);
        new NewsIngester(index, options).Run(articles ?? Articles);
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}
