using Bantin.News.Model;
using Bantin.Search.Indexing;
using Bantin.Search.Searching;

namespace Bantin.Search.Tests;

public sealed class NewsIngesterTests : IDisposable
{
    private readonly string _path = Directory.CreateTempSubdirectory("bantin-ingest-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_path, recursive: true); } catch (IOException) { }
    }

    private IngestSummary Ingest(IEnumerable<Article> articles, IngestOptions? options = null)
    {
        using var index = NewsIndex.OpenForWriting(_path);
        return new NewsIngester(index, options).Run(articles);
    }

    private static Article Make(int i, string? title = null) => new()
    {
        Id = $"a{i}",
        Title = title ?? $"Bài số {i} về kinh tế Việt Nam",
        Sapo = $"Tóm tắt bài {i}: tăng trưởng {i}% trong quý {i % 4 + 1}.",
        Body = [$"Nội dung riêng của bài {i}, với số liệu {i * 37} tỷ đồng và {i * 11} doanh nghiệp mới."],
    };

    [Fact]
    public void A_second_run_skips_what_is_indexed_and_adds_the_rest()
    {
        var first = Ingest(Enumerable.Range(0, 30).Select(i => Make(i)));
        Assert.Equal(30, first.Added);
        var second = Ingest(Enumerable.Range(0, 50).Select(i => Make(i)));
        Assert.Equal(30, second.Skipped);
        Assert.Equal(20, second.Added);
        using var searcher = NewsSearcher.Open(_path);
        Assert.Equal(50, searcher.Count);
    }

    [Fact]
    public void Update_replaces_an_article_with_the_same_id()
    {
        Ingest([Make(1)]);
        var summary = Ingest([Make(1, "Tiêu đề mới hoàn toàn")], new IngestOptions { Update = true });
        Assert.Equal(1, summary.Updated);
        using var searcher = NewsSearcher.Open(_path);
        Assert.Equal(1, searcher.Count);
        Assert.Equal("Tiêu đề mới hoàn toàn", searcher.Get("a1")!.Title);
    }

    [Fact]
    public void An_id_repeated_in_one_run_is_stored_once()
    {
        var summary = Ingest([Make(1), Make(2), Make(1, "Bản sau")]);
        using var searcher = NewsSearcher.Open(_path);
        Assert.Equal(2, searcher.Count);
        Assert.Equal(3, summary.Read);
    }

    [Fact]
    public void Near_duplicates_are_reported_not_indexed_also_across_runs()
    {
        var original = Make(1) with { Body = ["Hôm nay, Quốc hội thông qua luật mới về đất đai sau nhiều phiên thảo luận kéo dài, với đa số đại biểu tán thành."] };
        var copy = original with { Id = "copy", Title = original.Title + "!" };
        var summary = Ingest([original, Make(2), copy], new IngestOptions { Dedup = true, Threads = 1 });
        Assert.Equal(1, summary.Duplicates);
        Assert.Equal(("copy", "a1"), summary.DuplicatePairs.Single());

        var again = Ingest([original with { Id = "copy2" }], new IngestOptions { Dedup = true });
        Assert.Equal(1, again.Duplicates);
        using var searcher = NewsSearcher.Open(_path);
        Assert.Equal(2, searcher.Count);
    }

    [Fact]
    public void Different_articles_are_not_near_duplicates()
    {
        var fingerprints = TestIndex.Articles.Select(a => SimHash.Of(string.Join('\n', [a.Title, a.Sapo, .. a.Body]))).ToArray();
        for (int i = 0; i < fingerprints.Length; i++)
            for (int j = i + 1; j < fingerprints.Length; j++)
                Assert.True(SimHash.Distance(fingerprints[i], fingerprints[j]) > SimHash.NearDistance);
    }

    [Fact]
    public void An_article_the_index_cannot_take_is_reported_and_the_run_goes_on()
    {
        var hugeWord = new string('x', 40_000);
        var articles = new[]
        {
            Make(1),
            Make(2) with { Id = new string('i', 5_000) },
            Make(3) with { Source = new string('s', 40_000) },
            Make(4) with { Body = [$"Từ rất dài {hugeWord} ở giữa bài."] },
            Make(5),
        };
        var summary = Ingest(articles, new IngestOptions { Threads = 1 });
        Assert.Equal(2, summary.Errors);
        Assert.Equal(2, summary.Failures.Count);
        Assert.Equal(3, summary.Added);
        using var searcher = NewsSearcher.Open(_path);
        Assert.Equal(3, searcher.Count);
        Assert.Equal("a4", searcher.Search(new SearchRequest { Query = "tu rat dai o giua bai" }).Hits[0].Id);
    }

    [Fact]
    public void A_second_writer_gets_a_clear_message()
    {
        using var first = NewsIndex.OpenForWriting(_path);
        var e = Assert.Throws<IndexException>(() => NewsIndex.OpenForWriting(_path));
        Assert.Contains("locked", e.Message);
    }

    [Fact]
    public void A_damaged_index_gets_a_clear_message()
    {
        Ingest([Make(1)]);
        foreach (var file in Directory.GetFiles(_path, "segments_*")) File.WriteAllBytes(file, [1, 2, 3, 4, 5, 6, 7, 8]);
        var e = Assert.Throws<IndexException>(() => NewsSearcher.Open(_path));
        Assert.Contains("damaged", e.Message);
    }

    [Fact]
    public void A_missing_index_gets_a_clear_message()
    {
        var e = Assert.Throws<IndexException>(() => NewsSearcher.Open(Path.Combine(_path, "none")));
        Assert.Contains("bantin ingest", e.Message);
    }

    [Fact]
    public async Task Searches_keep_working_while_an_ingest_runs_and_see_its_commits()
    {
        Ingest(Enumerable.Range(0, 10).Select(i => Make(i)));
        using var searcher = NewsSearcher.Open(_path);
        var writing = Task.Run(() =>
        {
            using var index = NewsIndex.OpenForWriting(_path);
            new NewsIngester(index, new IngestOptions { CommitEvery = 50 }).Run(Enumerable.Range(10, 400).Select(i => Make(i)));
        });
        int searches = 0;
        while (!writing.IsCompleted)
        {
            Assert.True(searcher.Search(new SearchRequest { Query = "kinh te viet nam" }).Total >= 10);
            searcher.Refresh();
            searches++;
        }
        await writing;
        searcher.Refresh();
        Assert.Equal(410, searcher.Count);
        Assert.True(searches > 0);
    }
}
