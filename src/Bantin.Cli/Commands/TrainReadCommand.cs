using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Bantin.News.Structure.Learning;

namespace Bantin.Cli.Commands;

/// <summary>
/// <c>bantin train read --gold FILE.jsonl --out MODEL</c>: the boundary model of structure recovery, trained on gold
/// articles fused as <c>eval read</c> fuses them. Deterministic: the same data gives the same bytes.
/// </summary>
internal static class TrainReadCommand
{
    public static Command Create(CliContext context)
    {
        var gold = new Option<FileInfo>("--gold")
        {
            Description = "JSONL articles with title, sapo and body (the shipped model: ../shared/data/vietnews/vietnews_train_20k.jsonl).",
            Required = true,
        };
        var output = new Option<FileInfo>("--out")
        {
            Description = "Where to write the model (the shipped one: src/Bantin.News/Resources/read-boundaries.bin.gz).",
            Required = true,
        };
        var limit = new Option<int>("--limit") { Description = "Train on at most N articles.", DefaultValueFactory = _ => int.MaxValue };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the articles.", DefaultValueFactory = _ => 4 };
        var command = new Command("read", "Structure recovery: the model that decides where fused fields were run together.")
        {
            gold, output, limit, epochs,
        };
        command.SetAction(parse =>
        {
            var goldFile = parse.GetValue(gold)!;
            if (!goldFile.Exists) throw new CliException($"{goldFile.FullName}: no such file");
            int passes = parse.GetValue(epochs);
            if (passes < 1) throw new CliException("--epochs must be at least 1");
            var clock = Stopwatch.StartNew();
            var model = BoundaryTraining.Train(goldFile.FullName, parse.GetValue(limit), passes, context.Stderr.WriteLine);
            var outFile = parse.GetValue(output)!;
            if (outFile.Directory is { } dir) Directory.CreateDirectory(dir.FullName);
            using (var stream = File.Create(outFile.FullName)) model.Write(stream);
            using var stdout = context.OpenOutput();
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"wrote {outFile.FullName}: {new FileInfo(outFile.FullName).Length:N0} bytes, {model.NonZero:N0} weights, {clock.Elapsed.TotalSeconds:F1} s"));
            return ExitCodes.Ok;
        });
        return command;
    }
}
