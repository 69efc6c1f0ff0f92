using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Bantin.Cli.Tests;

public sealed class IngestSearchCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bantin-cli-index-").FullName;
    private string IndexPath => Path.Combine(_dir, "index");
    private static string Samples => Path.Combine(AppContext.BaseDirectory, "Samples");

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public void Ingest_then_search_without_diacritics()
    {
        var ingest = CliRunner.Run("", "ingest", Samples, "--index", IndexPath);
        Assert.Equal(0, ingest.ExitCode);
        Assert.Contains("added 2,", ingest.Stdout);

        var search = CliRunner.Run("", "search", "lien doanh san xuat o to minsk", "--index", IndexPath);
        Assert.Equal(0, search.ExitCode);
        Assert.Contains("1. Việt Nam - Belarus lập liên doanh sản xuất ôtô Minsk", search.Stdout);
        Assert.Contains("[Liên doanh sản xuất ôtô]", search.Stdout);   // "o to" marks the word written "ôtô"

        var again = CliRunner.Run("", "ingest", Samples, "--index", IndexPath, "--json");
        using var summary = JsonDocument.Parse(again.Stdout);
        Assert.Equal(2, summary.RootElement.GetProperty("skipped").GetInt32());
        Assert.Equal(2, summary.RootElement.GetProperty("articles").GetInt32());
    }

    [Fact]
    public void Search_json_and_batch_follow_the_contract()
    {
        Assert.Equal(0, CliRunner.Run("", "ingest", Samples, "--index", IndexPath).ExitCode);
        var json = CliRunner.Run("", "search", "ly khac cuong", "--index", IndexPath, "--json");
        using (var doc = JsonDocument.Parse(json.Stdout))
        {
            var hit = doc.RootElement.GetProperty("hits")[0];
            Assert.Equal("Tổng Bí thư Nguyễn Phú Trọng hội kiến Thủ tướng Trung Quốc", hit.GetProperty("title").GetString());
            var snippet = hit.GetProperty("snippet").GetString()!;
            var first = hit.GetProperty("highlights")[0];
            Assert.Equal("Lý Khắc Cường", snippet[first[0].GetInt32()..first[1].GetInt32()]);
            Assert.True(doc.RootElement.TryGetProperty("facets", out _));
        }

        var batch = Path.Combine(_dir, "queries.txt");
        File.WriteAllLines(batch, ["tong bi thu", "", "belarus"]);
        var r = CliRunner.Run("", "search", "--batch", batch, "--index", IndexPath);
        Assert.Equal(0, r.ExitCode);
        var lines = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        foreach (var line in lines)
        {
            using var doc = JsonDocument.Parse(line);
            Assert.Equal(["query", "total", "hits"], doc.RootElement.EnumerateObject().Select(p => p.Name));
            var hit = doc.RootElement.GetProperty("hits")[0];
            Assert.Equal(["id", "score", "title", "snippet", "highlights", "published", "source"], hit.EnumerateObject().Select(p => p.Name).Take(7));
        }
    }

    [Fact]
    public void Searching_a_missing_index_is_a_clear_error()
    {
        var r = CliRunner.Run("", "search", "x", "--index", Path.Combine(_dir, "nothing"));
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("bantin ingest", r.Stderr);
    }

    [Theory]
    [InlineData("--top", "-3")]
    [InlineData("--top", "1000")]
    [InlineData("--page", "0")]
    public void Bad_search_options_exit_1(string option, string value)
    {
        var r = CliRunner.Run("", "search", "x", "--index", IndexPath, option, value);
        Assert.Equal(1, r.ExitCode);
        Assert.NotEmpty(r.Stderr);
    }

    [Fact]
    public void A_bad_record_is_reported_with_file_and_line_and_the_rest_is_indexed()
    {
        var dump = Path.Combine(_dir, "dump.jsonl");
        File.WriteAllText(dump, "{\"id\":\"x1\",\"title\":\"Một\",\"body\":\"Nội dung một.\"}\n{broken\n{\"id\":\"x2\",\"title\":\"Hai\",\"body\":\"Nội dung hai.\"}\n");
        var r = CliRunner.Run("", "ingest", dump, "--index", IndexPath);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("dump.jsonl:2", r.Stderr);
        Assert.Contains("added 2,", r.Stdout);
        Assert.Equal(0, CliRunner.Run("", "ingest", dump, "--index", IndexPath, "--skip-bad").ExitCode);
    }

    /// <summary>True once the index has a commit after its first (generation 2 or later).</summary>
    private bool Committed() =>
        Directory.Exists(IndexPath) && Directory.GetFiles(IndexPath, "segments_*").Any(f => Path.GetFileName(f) is not "segments_1");

    [Fact]
    public void Kill_9_during_an_ingest_keeps_every_committed_article_and_the_next_run_resumes()
    {
        var dump = Path.Combine(_dir, "big.jsonl");
        using (var w = new StreamWriter(dump, false, new UTF8Encoding(false)))
            for (int i = 0; i < 6000; i++)
                w.WriteLine(JsonSerializer.Serialize(new
                {
                    id = $"k{i}", title = $"Bài {i} về thị trường chứng khoán",
                    sapo = $"Chỉ số tăng {i % 7} điểm trong phiên {i}.",
                    body = $"Nhà đầu tư {i} mua ròng {i * 3} tỷ đồng. Thanh khoản đạt {i * 13} tỷ đồng.",
                }));
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "bantin.dll"), "ingest", dump, "--index", IndexPath, "--commit-every", "200" })
            psi.ArgumentList.Add(a);
        using (var p = Process.Start(psi)!)
        {
            var clock = Stopwatch.StartNew();
            // Wait until a commit exists beyond the first one, then kill without warning.
            while (!p.HasExited && clock.Elapsed < TimeSpan.FromSeconds(60) && !Committed())
                Thread.Sleep(20);
            Assert.False(p.HasExited, "the ingest finished before it could be killed; make the input bigger");
            p.Kill(entireProcessTree: true);
            p.WaitForExit();
        }

        var partial = CliRunner.Run("", "search", "thi truong chung khoan", "--index", IndexPath, "--json", "--top", "1");
        Assert.Equal(0, partial.ExitCode);
        int committed;
        using (var doc = JsonDocument.Parse(partial.Stdout)) committed = doc.RootElement.GetProperty("total").GetInt32();
        Assert.InRange(committed, 200, 5999);

        var resumed = CliRunner.Run("", "ingest", dump, "--index", IndexPath, "--json");
        Assert.Equal(0, resumed.ExitCode);
        using var summary = JsonDocument.Parse(resumed.Stdout);
        Assert.Equal(committed, summary.RootElement.GetProperty("skipped").GetInt32());
        Assert.Equal(6000 - committed, summary.RootElement.GetProperty("added").GetInt32());
        Assert.Equal(6000, summary.RootElement.GetProperty("articles").GetInt32());
    }
}
