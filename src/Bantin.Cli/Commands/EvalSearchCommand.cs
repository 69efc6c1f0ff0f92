using System.CommandLine;
using System.Globalization;
using Bantin.News.Model;
using Bantin.News.Readers.Inputs;
using Bantin.Search.Evaluation;

namespace Bantin.Cli.Commands;

/// <summary>
/// <c>bantin eval search --queries FILE --articles FILE</c>: known-item search quality of Bantin and of the baseline
/// (StandardAnalyzer + ASCIIFoldingFilter, BM25) in the same run: MRR@10 and recall@10 per query kind, ingest time,
/// query latency, index size. The last line is Bantin's MRR@10 over all queries.
/// </summary>
internal static class EvalSearchCommand
{
    public static Command Create(CliContext context)
    {
        var queries = new Option<FileInfo>("--queries") { Description = "Known-item queries (e.g. ../shared/data/vietnews/search_dev_queries.jsonl).", Required = true };
        var articles = new Option<FileInfo>("--articles") { Description = "The articles the queries are about (e.g. ../shared/data/vietnews/vietnews_dev_2k.jsonl).", Required = true };
        var distractors = new Option<FileInfo?>("--distractors") { Description = "More articles to index, which no query is about (e.g. vietnews_train_20k.jsonl)." };
        var synthesize = new Option<bool>("--synthesize") { Description = "Also ask title queries with some diacritics, with one typo, and 4-word title fragments (seeded).", DefaultValueFactory = _ => true };
        var work = new Option<DirectoryInfo?>("--work") { Description = "Where to build the two indexes (default: a temporary folder, removed after)." };
        var command = new Command("search", "Known-item search: MRR@10 and recall@10 per query kind, Bantin and the baseline side by side.")
        {
            queries, articles, distractors, synthesize, work,
        };
        command.SetAction(parse =>
        {
            var queryFile = Require(parse.GetValue(queries)!);
            var articleFile = Require(parse.GetValue(articles)!);
            var targets = ReadArticles(articleFile.FullName, context);
            var all = new List<Article>(targets);
            if (parse.GetValue(distractors) is { } d) all.AddRange(ReadArticles(Require(d).FullName, context));
            var questions = KnownItemQuery.Read(queryFile.FullName).ToList();
            if (parse.GetValue(synthesize)) questions.AddRange(KnownItemQuery.Synthesize(targets));

            var workDir = parse.GetValue(work)?.FullName ?? Path.Combine(Path.GetTempPath(), "bantin-eval-search-" + Environment.ProcessId);
            bool temporary = parse.GetValue(work) is null;
            try
            {
                var (bantin, baseline) = SearchEvaluation.Run(all, questions, workDir, m => context.Stderr.WriteLine(m));
                Print(context, bantin, baseline);
            }
            finally
            {
                if (temporary && Directory.Exists(workDir)) Directory.Delete(workDir, recursive: true);
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static FileInfo Require(FileInfo file) => file.Exists ? file : throw new CliException($"{file.FullName}: no such file");

    private static List<Article> ReadArticles(string path, CliContext context)
    {
        var inputs = ArticleInputs.Standard();
        var list = new List<Article>();
        foreach (var r in inputs.Read([path]))
        {
            if (r.Article is { } a) list.Add(a);
            else if (r.Error is { } e) context.Stderr.WriteLine(e);
        }
        return list;
    }

    private static void Print(CliContext context, SearchEvaluation.EngineResult bantin, SearchEvaluation.EngineResult baseline)
    {
        var inv = CultureInfo.InvariantCulture;
        using var output = context.OpenOutput();
        output.WriteLine(string.Create(inv, $"{bantin.Articles:N0} articles indexed"));
        output.WriteLine($"{"kind",-32} {"queries",8} {"MRR@10",8} {"R@10",7} {"base MRR",9} {"base R@10",9}");
        foreach (var kind in bantin.Kinds.Keys.Order(StringComparer.Ordinal))
        {
            var a = bantin.Kinds[kind];
            var b = baseline.Kinds[kind];
            output.WriteLine(string.Create(inv, $"{kind,-32} {a.Queries,8} {a.Mrr,8:F4} {a.Recall,7:F4} {b.Mrr,9:F4} {b.Recall,9:F4}"));
        }
        foreach (var e in new[] { bantin, baseline })
        {
            var sorted = e.LatenciesMs.Order().ToArray();
            double P(double q) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)(q * sorted.Length))];
            output.WriteLine(string.Create(inv,
                $"{e.Name}: ingest {e.IngestTime.TotalSeconds:F1} s ({e.Articles / Math.Max(e.IngestTime.TotalSeconds, 1e-3):N0} articles/s), index {e.IndexBytes / 1e6:F1} MB, query latency p50 {P(0.5):F2} ms, p99 {P(0.99):F2} ms"));
        }
        double Mrr(SearchEvaluation.EngineResult e) => e.Kinds.Values.Sum(k => k.ReciprocalRankSum) / Math.Max(1, e.Kinds.Values.Sum(k => k.Queries));
        output.WriteLine(string.Create(inv, $"baseline MRR@10 {Mrr(baseline):F4}"));
        output.WriteLine(string.Create(inv, $"MRR@10 {Mrr(bantin):F4}"));
    }
}
