using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Bantin.Cli.Output;
using Bantin.News.Model;
using Bantin.News.Readers;
using Bantin.News.Readers.Inputs;
using Bantin.Search.Indexing;
using Spectre.Console;

namespace Bantin.Cli.Commands;

/// <summary>
/// <c>bantin ingest &lt;path…&gt;</c>: reads articles as <c>bantin read</c> does, analyses and indexes them on all cores,
/// commits every few thousand, and resumes: ids already committed are skipped unless <c>--update</c>. A progress bar
/// (rate, ETA) is drawn on a terminal; a summary line ends the run. Ctrl+C stops after committing what was indexed.
/// </summary>
internal static class IngestCommand
{
    public static Command Create(CliContext context)
    {
        var io = new ArticleInputOptions();
        var index = IndexOption.Create();
        var update = new Option<bool>("--update") { Description = "Replace articles whose id is already indexed (default: skip them, so a re-run resumes)." };
        var dedup = new Option<bool>("--dedup") { Description = "Do not index near-duplicates of indexed articles (SimHash over syllable 3-shingles); list them in the summary." };
        var commitEvery = new Option<int>("--commit-every") { Description = "Commit after this many new articles.", DefaultValueFactory = _ => 5_000 };
        var json = CommonOptions.Json();
        var command = io.AddTo(new Command("ingest", "Read, analyse and index articles into the search index (resumable)."));
        command.Add(index);
        command.Add(update);
        command.Add(dedup);
        command.Add(commitEvery);
        command.Add(json);
        command.SetAction(parse =>
        {
            var (inputs, paths) = io.Bind(parse, context);
            if (parse.GetValue(commitEvery) < 1) throw new CliException("--commit-every must be 1 or more");
            var indexPath = Path.GetFullPath(parse.GetValue(index)!);
            var options = new IngestOptions { Update = parse.GetValue(update), Dedup = parse.GetValue(dedup), CommitEvery = parse.GetValue(commitEvery) };
            var summary = new IngestSummary();
            var readSummary = new ReadSummary();
            var errors = new List<string>();
            bool interactive = context.InteractiveErrors;
            void Report(string line)
            {
                if (interactive) lock (errors) errors.Add(line);
                else lock (context.Stderr) context.Stderr.WriteLine(line);
            }
            IEnumerable<Article> Articles()
            {
                foreach (var result in inputs.Read(paths, readSummary, w => Report($"warning: {w}")))
                {
                    if (result.Article is { } article) yield return article;
                    else if (result.Error is { } error) { summary.CountError(); Report(error.ToString()); }
                }
            }

            using var cancel = new CancellationTokenSource();
            ConsoleCancelEventHandler onCancel = (_, e) => { e.Cancel = true; cancel.Cancel(); };
            Console.CancelKeyPress += onCancel;
            var clock = Stopwatch.StartNew();
            int indexed;
            bool cancelled = false;
            try
            {
                using var newsIndex = Open(indexPath);
                var ingester = new NewsIngester(newsIndex, options);
                var run = Task.Run(() => ingester.Run(Articles(), summary, cancel.Token));
                if (interactive) DrawProgress(run, summary, InputEstimate.Articles(paths));
                try { run.GetAwaiter().GetResult(); }
                catch (OperationCanceledException) { cancelled = true; }
                indexed = newsIndex.Count;
            }
            finally { Console.CancelKeyPress -= onCancel; }
            foreach (var line in errors) context.Stderr.WriteLine(line);
            foreach (var (id, reason) in summary.Failures) context.Stderr.WriteLine($"{id}: not indexed: {reason}");

            double seconds = clock.Elapsed.TotalSeconds;
            using var output = context.OpenOutput();
            if (parse.GetValue(json))
            {
                using var lines = new JsonLines(context.Stdout);
                lines.Write(w =>
                {
                    w.WriteString("index", indexPath);
                    w.WriteNumber("read", summary.Read);
                    w.WriteNumber("added", summary.Added);
                    w.WriteNumber("updated", summary.Updated);
                    w.WriteNumber("skipped", summary.Skipped);
                    w.WriteNumber("duplicates", summary.Duplicates);
                    w.WriteNumber("errors", summary.Errors);
                    w.WriteNumber("seconds", Math.Round(seconds, 3));
                    w.WriteNumber("articles", indexed);
                    w.WriteBoolean("cancelled", cancelled);
                    w.WriteStartArray("duplicate_pairs");
                    foreach (var (id, of) in summary.DuplicatePairs) { w.WriteStartObject(); w.WriteString("id", id); w.WriteString("duplicate_of", of); w.WriteEndObject(); }
                    w.WriteEndArray();
                });
            }
            else
            {
                foreach (var (id, of) in summary.DuplicatePairs.Take(20)) output.WriteLine($"near-duplicate: {id} (of {of}), not indexed");
                if (summary.DuplicatePairs.Count > 20) output.WriteLine($"… and {summary.DuplicatePairs.Count - 20} more near-duplicates");
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{(cancelled ? "cancelled: " : "")}read {summary.Read:N0}, added {summary.Added:N0}, updated {summary.Updated:N0}, skipped {summary.Skipped:N0} (already indexed), near-duplicates {summary.Duplicates:N0}, errors {summary.Errors:N0} in {seconds:F1} s ({(summary.Added + summary.Updated) / Math.Max(seconds, 1e-3):N0} articles/s); {indexPath} holds {indexed:N0} articles"));
            }
            if (cancelled) return ExitCodes.BadInput;
            return summary.Errors > 0 && !parse.GetValue(io.SkipBad) ? ExitCodes.BadInput : ExitCodes.Ok;
        });
        return command;
    }

    private static NewsIndex Open(string path)
    {
        try { return NewsIndex.OpenForWriting(path); }
        catch (IndexException e) { throw new CliException(e.Message); }
    }

    /// <summary>A progress bar on standard error until the run ends: done/estimated, rate, ETA.</summary>
    private static void DrawProgress(Task run, IngestSummary summary, long? estimate)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("ingest", maxValue: Math.Max(1, estimate ?? 1));
                var clock = Stopwatch.StartNew();
                while (!run.IsCompleted)
                {
                    run.Wait(250);
                    long done = summary.Read;
                    if (estimate is null || done > task.MaxValue) task.MaxValue = Math.Max(done + 1, task.MaxValue);
                    task.Value = done;
                    double rate = done / Math.Max(clock.Elapsed.TotalSeconds, 1e-3);
                    task.Description = string.Create(CultureInfo.InvariantCulture, $"{done:N0} articles, {rate:N0}/s");
                }
                task.Value = task.MaxValue;
            });
    }
}
