using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Bantin.News.Structure.Learning;
using Bantin.Text.Sentences.Learning;

namespace Bantin.Cli.Commands;

/// <summary><c>bantin train &lt;task&gt;</c>: rebuilds a shipped model from the data it was trained on.</summary>
internal static class TrainCommand
{
    public static Command Create(CliContext context) => new("train", "Rebuild a shipped model from its training data.")
    {
        TrainSegmentCommand.Create(context),
        // bantin train read --gold FILE.jsonl [--gold FILE2.jsonl --weight 1 --weight 3] --out MODEL: gold articles
        // fused as eval read fuses them.
        TrainReadCommand(context),
        // bantin train sentences --gold FILE.jsonl --out MODEL: paragraphs built as eval sentences builds them.
        TrainSentencesCommand(context),
    };

    private static Command TrainSentencesCommand(CliContext context)
    {
        var gold = new Option<FileInfo>("--gold")
        {
            Description = "JSONL articles whose body has one sentence per line (the shipped model: ../shared/data/vietnews/vietnews_train_20k.jsonl).",
            Required = true,
        };
        return LinearModelCommand(context, "sentences", "Sentence splitting: the model that decides which candidate boundaries end a sentence.",
            "src/Bantin.Text/Resources/sentence-boundaries.bin.gz", gold,
            (parse, limit, epochs, log) =>
            {
                var model = SentenceTraining.Train(ExistingPath(parse.GetValue(gold)!), limit, epochs, log);
                return (model.Write, model.NonZero);
            });
    }

    private static Command TrainReadCommand(CliContext context)
    {
        var gold = new Option<FileInfo[]>("--gold")
        {
            Description = "JSONL articles with title, sapo and body; repeat for several files (the shipped model: "
                + "../shared/data/vietnews/vietnews_train_20k.jsonl, ../shared/data/unc_dantri/unc_dantri_shared.jsonl with --weight 3, "
                + "../shared/data/vntc/vntc_train_10k.jsonl with --heads-from-lines VnExpress; docs/data.md).",
            Required = true,
            Arity = ArgumentArity.OneOrMore,
        };
        var weight = new Option<int[]>("--weight")
        {
            Description = "How many times each pass sees the articles of each --gold file, in the same order (default 1 each).",
            Arity = ArgumentArity.OneOrMore,
        };
        var heldOut = HeldOutOption.Create(
            "Leave out every article whose id hashes to 0 modulo K, to score it later with 'bantin eval read --held-out K'.");
        var heads = HeadsFromLinesOption.Create();
        var seed = new Option<int?>("--seed")
        {
            Description = "Noise seed of the first pass (default: the shipped model's, 1001); another seed shows how much the figures move with the training noise alone.",
        };
        var command = LinearModelCommand(context, "read", "Structure recovery: the model that decides where fused fields were run together.",
            "src/Bantin.News/Resources/read-boundaries.bin.gz", gold,
            (parse, limit, epochs, log) =>
            {
                var files = parse.GetValue(gold)!;
                var weights = parse.GetValue(weight) ?? [];
                if (weights.Length > files.Length) throw new CliException($"{weights.Length} --weight values for {files.Length} --gold files");
                if (weights.Any(w => w < 1)) throw new CliException("--weight must be at least 1");
                int k = HeldOutOption.Value(parse, heldOut);
                var headsFromLines = HeadsFromLinesOption.Value(parse, heads);
                var sources = files.Select((f, i) => new TrainingSource(ExistingPath(f), i < weights.Length ? weights[i] : 1, headsFromLines)).ToList();
                var model = BoundaryTraining.Train(sources, limit, epochs, k, log, parse.GetValue(seed));
                return (model.Write, model.NonZero);
            });
        command.Options.Add(weight);
        command.Options.Add(heldOut);
        command.Options.Add(heads);
        command.Options.Add(seed);
        return command;
    }

    private static string ExistingPath(FileInfo file) =>
        file.Exists ? file.FullName : throw new CliException($"{file.FullName}: no such file");

    /// <summary>
    /// A command training a hashed linear model from gold JSONL (<paramref name="gold"/>, read by
    /// <paramref name="train"/>). Deterministic: the same data gives the same bytes.
    /// </summary>
    private static Command LinearModelCommand(CliContext context, string name, string description, string shippedPath, Option gold,
        Func<ParseResult, int, int, Action<string>, (Action<Stream> Write, int Weights)> train)
    {
        var output = new Option<FileInfo>("--out") { Description = $"Where to write the model (the shipped one: {shippedPath}).", Required = true };
        var limit = new Option<int>("--limit") { Description = "Train on at most N articles (of each file).", DefaultValueFactory = _ => int.MaxValue };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training examples.", DefaultValueFactory = _ => 4 };
        var command = new Command(name, description) { gold, output, limit, epochs };
        command.SetAction(parse =>
        {
            int passes = parse.GetValue(epochs);
            if (passes < 1) throw new CliException("--epochs must be at least 1");
            var clock = Stopwatch.StartNew();
            var (write, weights) = train(parse, parse.GetValue(limit), passes, context.Stderr.WriteLine);
            var outFile = parse.GetValue(output)!;
            if (outFile.Directory is { } dir) Directory.CreateDirectory(dir.FullName);
            using (var stream = File.Create(outFile.FullName)) write(stream);
            using var stdout = context.OpenOutput();
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"wrote {outFile.FullName}: {new FileInfo(outFile.FullName).Length:N0} bytes, {weights:N0} weights, {clock.Elapsed.TotalSeconds:F1} s"));
            return ExitCodes.Ok;
        });
        return command;
    }
}
