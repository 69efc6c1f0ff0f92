using System.Text.Json;
using Bantin.News.Evaluation;

namespace Bantin.News.Tests.Structure.Learning;

/// <summary>VNTC-style records (no title and sapo, one paragraph per line) read as gold articles for the named sources.</summary>
public class HeadsFromLinesTests
{
    [Fact]
    public void Records_of_a_named_source_without_title_and_sapo_take_them_from_their_first_lines()
    {
        string file = Path.Combine(Path.GetTempPath(), $"bantin-{Guid.NewGuid():N}.jsonl");
        File.WriteAllLines(file,
        [
            Record("a", "VnExpress", null, " Giá xăng tăng mạnh \nGiá xăng sáng nay tăng 500 đồng.\nĐây là lần tăng thứ ba.\nMinh Anh"),
            Record("b", "Tuổi Trẻ", null, "Bão vào miền Trung\nMưa lớn kéo dài.\nNhiều nhà bị tốc mái.\nNhật Linh"),
            Record("c", "VnExpress", null, "Chỉ có tiêu đề\nVà một đoạn.\nHết."),
            Record("d", "VnExpress", "Tiêu đề sẵn có", "Đoạn một.\nĐoạn hai."),
        ]);
        try
        {
            var heads = new HashSet<string> { "VnExpress" };
            var read = ArticleFuser.FromJsonl(file, noise: false, headsFromLines: heads).ToList();
            Assert.Equal(["a", "d"], read.Select(a => a.Id));
            var a = read[0];
            Assert.Equal("Giá xăng tăng mạnh", a.Title);                    // trimmed
            Assert.Equal("Giá xăng sáng nay tăng 500 đồng.", a.Sapo);
            Assert.Equal(["Đây là lần tăng thứ ba.", "Minh Anh"], a.Body);
            Assert.Equal("Giá xăng tăng mạnhGiá xăng sáng nay tăng 500 đồng.Đây là lần tăng thứ ba.Minh Anh", a.Raw);
            Assert.Equal("Tiêu đề sẵn có", read[1].Title);                  // a record with its own title is read as before

            // Without the option such records are not gold articles at all, as tools/fuse_eval.py skips them.
            Assert.Equal(["d"], ArticleFuser.FromJsonl(file, noise: false).Select(x => x.Id));
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string Record(string id, string source, string? title, string body) =>
        JsonSerializer.Serialize(new { id, source, title, sapo = title is null ? null : "Sapo có sẵn.", body });
}
