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
        // bantin train read --gold FILE.jsonl --out MODEL: gold articles fused as eval read fuses them.
        LinearModelCommand(context, "read", "Structure recovery: the model that decides where fused fields were run together.",
            "JSONL articles with title, sapo and body (the shipped model: ../shared/data/vietnews/vietnews_train_20k.jsonl).",
            "src/Bantin.News/Resources/read-boundaries.bin.gz",
            (gold, limit, epochs, log) =>
            {
                var model = BoundaryTraining.Train(gold, limit, epochs, log);
                return (model.Write, model.NonZero);
            }),
        // bantin train sentences --gold FILE.jsonl --out MODEL: paragraphs built as eval sentences builds them.
        LinearModelCommand(context, "sentences", "Sentence splitting: the model that decides which candidate boundaries end a sentence.",
            "JSONL articles whose body has one sentence per line (the shipped model: ../shared/data/vietnews/vietnews_train_20k.jsonl).",
            "src/Bantin.Text/Resources/sentence-boundaries.bin.gz",
            (gold, limit, epochs, log) =>
            {
                var model = SentenceTraining.Train(gold, limit, epochs, log);
                return (model.Write, model.NonZero);
            }),
    };

    /// <summary>A command training a hashed linear model from a gold JSONL file. Deterministic: the same data gives the same bytes.</summary>
    private static Command LinearModelCommand(CliContext context, string name, string description, string goldHelp, string shippedPath,
        Func<string, int, int, Action<string>, (Action<Stream> Write, int Weights)> train)
    {
        var gold = new Option<FileInfo>("--gold") { Description = goldHelp, Required = true };
        var output = new Option<FileInfo>("--out") { Description = $"Where to write the model (the shipped one: {shippedPath}).", Required = true };
        var limit = new Option<int>("--limit") { Description = "Train on at most N articles.", DefaultValueFactory = _ => int.MaxValue };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training examples.", DefaultValueFactory = _ => 4 };
        var command = new Command(name, description) { gold, output, limit, epochs };
        command.SetAction(parse =>
        {
            var goldFile = parse.GetValue(gold)!;
            if (!goldFile.Exists) throw new CliException($"{goldFile.FullName}: no such file");
            int passes = parse.GetValue(epochs);
            if (passes < 1) throw new CliException("--epochs must be at least 1");
            var clock = Stopwatch.StartNew();
            var (write, weights) = train(goldFile.FullName, parse.GetValue(limit), passes, context.Stderr.WriteLine);
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
