using System.Diagnostics;
using Bantin.News.Model;
using Bantin.Search.Indexing;
using Bantin.Search.Searching;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Analysis.TokenAttributes;

namespace Bantin.Search.Evaluation;

/// <summary>
/// Known-item search quality, Bantin against the baseline in the same run: both index the same articles (in
/// directories under a work folder), both answer every query, and each reports MRR@10 and recall@10 per query kind,
/// plus its ingest time.
/// </summary>
public sealed class SearchEvaluation
{
    public sealed record EngineResult(string Name, TimeSpan IngestTime, int Articles, long IndexBytes, IReadOnlyDictionary<string, KindScore> Kinds, IReadOnlyList<double> LatenciesMs);

    public static (EngineResult Bantin, EngineResult Baseline) Run(
        IReadOnlyList<Article> articles, IReadOnlyList<KnownItemQuery> queries, string workDir, Action<string>? log = null)
    {
        // Only these two folders of the work folder are (re)created and deleted.
        var bantinDir = Path.Combine(workDir, "bantin-eval-search", "bantin");
        var baselineDir = Path.Combine(workDir, "bantin-eval-search", "baseline");
        foreach (var d in new[] { bantinDir, baselineDir }) if (System.IO.Directory.Exists(d)) System.IO.Directory.Delete(d, true);

        log?.Invoke($"indexing {articles.Count:N0} articles with the Vietnamese analyzer");
        var clock = Stopwatch.StartNew();
        using (var index = NewsIndex.OpenForWriting(bantinDir))
            new NewsIngester(index, new IngestOptions { CommitEvery = int.MaxValue }).Run(articles);
        var bantinIngest = clock.Elapsed;

        log?.Invoke($"indexing {articles.Count:N0} articles with the baseline analyzer");
        clock.Restart();
        IndexBaseline(articles, baselineDir);
        var baselineIngest = clock.Elapsed;

        log?.Invoke($"running {queries.Count:N0} queries on each");
        var bantin = RunBantin(bantinDir, queries);
        var baseline = RunBaseline(baselineDir, queries);
        return (new EngineResult("bantin", bantinIngest, articles.Count, Size(bantinDir), bantin.Kinds, bantin.Latencies),
                new EngineResult("baseline", baselineIngest, articles.Count, Size(baselineDir), baseline.Kinds, baseline.Latencies));
    }

    private static (Dictionary<string, KindScore> Kinds, List<double> Latencies) RunBantin(string dir, IReadOnlyList<KnownItemQuery> queries)
    {
        using var searcher = NewsSearcher.Open(dir);
        return Score(queries, q =>
        {
            var result = searcher.Search(new SearchRequest { Query = q, Top = 10, Facets = false, Snippets = false });
            return result.Hits.Select(h => h.Id).ToList();
        });
    }

    private static (Dictionary<string, KindScore> Kinds, List<double> Latencies) RunBaseline(string dir, IReadOnlyList<KnownItemQuery> queries)
    {
        using var directory = FSDirectory.Open(dir);
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        var analyzer = new BaselineAnalyzer();
        return Score(queries, q =>
        {
            var query = new BooleanQuery(disableCoord: true);
            using (var stream = analyzer.GetTokenStream("text", q))
            {
                var term = stream.AddAttribute<ICharTermAttribute>();
                stream.Reset();
                while (stream.IncrementToken()) query.Add(new TermQuery(new Term("text", term.ToString())), Occur.SHOULD);
                stream.End();
            }
            if (query.Clauses.Count == 0) return [];
            return searcher.Search(query, 10).ScoreDocs.Select(d => searcher.Doc(d.Doc).Get("id")).ToList();
        });
    }

    private static (Dictionary<string, KindScore>, List<double>) Score(IReadOnlyList<KnownItemQuery> queries, Func<string, List<string>> search)
    {
        var kinds = new Dictionary<string, KindScore>(StringComparer.Ordinal);
        var latencies = new List<double>(queries.Count);
        var clock = new Stopwatch();
        foreach (var q in queries)
        {
            clock.Restart();
            var ids = search(q.Query);
            latencies.Add(clock.Elapsed.TotalMilliseconds);
            int rank = 0;
            for (int i = 0; i < ids.Count && i < 10; i++)
                if (q.Relevant.Contains(ids[i])) { rank = i + 1; break; }
            if (!kinds.TryGetValue(q.Kind, out var score)) kinds[q.Kind] = score = new KindScore();
            score.Add(rank);
        }
        return (kinds, latencies);
    }

    private static void IndexBaseline(IReadOnlyList<Article> articles, string dir)
    {
        using var directory = FSDirectory.Open(dir);
        var config = new IndexWriterConfig(NewsIndex.Version, new BaselineAnalyzer()) { Similarity = new BM25Similarity(), RAMBufferSizeMB = 64 };
        using var writer = new IndexWriter(directory, config);
        Parallel.ForEach(articles, article =>
        {
            var text = string.Join('\n', [article.Title, article.Sapo, .. article.Body]);
            writer.AddDocument(new Document { new StringField("id", article.Id, Field.Store.YES), new TextField("text", text, Field.Store.NO) });
        });
        writer.Commit();
    }

    private static long Size(string dir) => new DirectoryInfo(dir).EnumerateFiles().Sum(f => f.Length);
}
