using System.Text;
using System.Text.Json;
using Bantin.News.Json;
using Bantin.News.Readers;
using Bantin.News.Readers.Dumps;

namespace Bantin.News.Tests.Dumps;

/// <summary>The real dumps of ../shared/data read without a single error; skipped with a reason when ../shared is absent.</summary>
public class SharedDumpTests
{
    private static string? PathOf(string relative) =>
        SharedData.Root is { } root && File.Exists(Path.Combine(root, relative)) ? Path.Combine(root, relative) : null;

    [SkippableTheory]
    [InlineData("data/unc_dantri/unc_dantri_shared.jsonl", int.MaxValue)]
    [InlineData("data/vietnews/vietnews_dev_2k.jsonl", 1000)]
    [InlineData("data/vntc/vntc_test_5k.jsonl", 1000)]
    public void Every_record_reads_without_error_and_keeps_its_id(string relative, int limit)
    {
        var path = PathOf(relative);
        Skip.If(path is null, SharedData.MissingReason);
        var ids = File.ReadLines(path).Take(limit).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).ToList();
        var warnings = new List<ReadError>();
        using var stream = File.OpenRead(path);
        var results = new JsonlArticleReader().Read(stream, Path.GetFileName(path), warnings.Add).Take(limit).ToList();

        Assert.Equal("", DumpFixtures.Errors(results));
        Assert.Empty(warnings);
        Assert.Equal(ids, results.Select(r => r.Article!.Id));
        Assert.All(results, r => Assert.True(r.Article!.Title.Length > 0 || r.Article.Body.Count > 0, r.Article.Id));
    }

    [SkippableFact]
    public void Unc_dantri_fields_arrive_as_written()
    {
        var path = PathOf("data/unc_dantri/unc_dantri_shared.jsonl");
        Skip.If(path is null, SharedData.MissingReason);
        using var stream = File.OpenRead(path);
        var a = new JsonlArticleReader().Read(stream, "unc.jsonl").First().Article!;
        Assert.Equal(("unc-news_business_001", "Vinamilk lọt Top 1.000 thương hiệu hàng đầu châu Á"), (a.Id, a.Title));
        Assert.Equal(("Dân trí", "business", "https://dantri.com.vn/kinh-doanh/vinamilk-lot-top-1000-thuong-hieu-hang-dau-chau-a-20201001163534963.htm"),
                     (a.Source, a.Category, a.Url));
        Assert.Equal(new DateTime(2020, 10, 1), a.Published?.Date);
        Assert.StartsWith("Bảng xếp hạng Top 10 do Campaign Asia-Pacific", a.Body[0]);
    }

    [SkippableFact]
    public void The_same_records_as_csv_give_the_same_articles()
    {
        var path = PathOf("data/unc_dantri/unc_dantri_shared.jsonl");
        Skip.If(path is null, SharedData.MissingReason);
        var lines = File.ReadLines(path).Take(300).ToList();
        var csv = new StringBuilder("id,title,sapo,body,url,date,category,source\n");
        foreach (var line in lines)
        {
            var r = JsonDocument.Parse(line).RootElement;
            csv.AppendJoin(',', new[] { "id", "title", "sapo", "body", "url", "date", "category", "source" }.Select(k => Quote(r.GetProperty(k).GetString()))).Append('\n');
        }
        var fromJsonl = new JsonlArticleReader().Read(new InputDocument("d", Encoding.UTF8.GetBytes(string.Join('\n', lines)))).ToList();
        var fromCsv = new CsvArticleReader().Read(new InputDocument("d", Encoding.UTF8.GetBytes(csv.ToString()))).ToList();
        Assert.Equal(fromJsonl.Select(r => ArticleJson.Serialize(r.Article!)), fromCsv.Select(r => r.Error?.ToString() ?? ArticleJson.Serialize(r.Article!)));
    }

    private static string Quote(string? s) => s is null ? "" : $"\"{s.Replace("\"", "\"\"")}\"";
}
