using Bantin.News.Model;
using Bantin.Search.Indexing;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Bantin.Server.Tests;

/// <summary>An index of a few articles (one with a title that is an XSS attempt) and the server over it.</summary>
public sealed class ServerFixture : IDisposable
{
    public const string ApiKey = "s3cret-key";
    public const string XssTitle = "<img src=x onerror=alert(1)>";

    public static readonly Article[] Articles =
    [
        new() { Id = "belarus", Title = "Việt Nam - Belarus lập liên doanh sản xuất ôtô Minsk",
            Sapo = "Liên doanh sản xuất ôtô đầu tiên giữa hai nước, lắp ráp xe Minsk ở Việt Nam.",
            Body = ["Thông tin được đưa ra sau cuộc hội đàm giữa Chủ tịch nước Trần Đại Quang và Tổng thống Belarus."],
            Author = "Trọng Giáp", Credits = ["Video: VTV"], Source = "VnExpress", Category = "Thời sự", Published = new DateTimeOffset(2017, 11, 29, 10, 0, 0, TimeSpan.FromHours(7)) },
        new() { Id = "trung-quoc", Title = "Tổng Bí thư Nguyễn Phú Trọng hội kiến Thủ tướng Trung Quốc",
            Sapo = "Tổng Bí thư nhấn mạnh tầm quan trọng của việc nâng cao hiệu quả hợp tác giữa hai nước.",
            Body = ["Tổng Bí thư Nguyễn Phú Trọng hội kiến Thủ tướng Trung Quốc Lý Khắc Cường tại Bắc Kinh."],
            Source = "VnExpress", Category = "Thời sự", Published = new DateTimeOffset(2018, 1, 12, 9, 0, 0, TimeSpan.FromHours(7)) },
        new() { Id = "oto", Title = "Giá ôtô giảm mạnh cuối năm", Sapo = "Nhiều hãng xe giảm giá ôtô để kích cầu dịp cuối năm.",
            Body = ["Thị trường ôtô sôi động hơn khi các hãng đua nhau giảm giá."], Source = "Tuổi Trẻ", Category = "Kinh doanh",
            Published = new DateTimeOffset(2019, 12, 1, 8, 0, 0, TimeSpan.FromHours(7)) },
        new() { Id = "xss", Title = XssTitle, Sapo = "Bài thử <script>alert(2)</script> thị trường ôtô điện.",
            Body = ["Nội dung <b>in đậm</b> không được hiểu là HTML."], Source = "Thử nghiệm" },
    ];

    public string IndexPath { get; } = Directory.CreateTempSubdirectory("bantin-server-").FullName;

    public WebApplicationFactory<Program> Factory { get; }

    public ServerFixture()
    {
        using (var index = NewsIndex.OpenForWriting(IndexPath)) new NewsIngester(index).Run(Articles);
        Factory = For(IndexPath, ApiKey);
    }

    public static WebApplicationFactory<Program> For(string indexPath, string? apiKey) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Bantin:Index", indexPath);
            b.UseSetting("Bantin:ApiKey", apiKey ?? "");
        });

    public void Dispose()
    {
        Factory.Dispose();
        try { Directory.Delete(IndexPath, recursive: true); } catch (IOException) { }
    }
}
