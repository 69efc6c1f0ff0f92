using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Bantin.Text.Normalization;
using Bantin.Text.Segmentation;

namespace Bantin.Cli.Commands;

/// <summary><c>bantin bench &lt;task&gt;</c>: whole-pipeline throughput and memory of this process.</summary>
internal static class BenchCommand
{
    public static Command Create(CliContext context) => new("bench", "Measure whole-pipeline throughput and memory.")
    {
        Segment(context),
    };

    private static Command Segment(CliContext context)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Raw text, one sentence or paragraph per line (e.g. ../shared/data/ws/ud-vtb/vi_vtb-ud-dev.raw.txt)." };
        var repeat = new Option<int>("--repeat") { Description = "Segment the file this many times.", DefaultValueFactory = _ => 1 };
        var command = new Command("segment", "Word segmentation as 'bantin segment' does it (normalize, tokenize, segment, format): model load time, words/s, peak memory.")
        {
            file, repeat,
        };
        command.SetAction(parse =>
        {
            var input = parse.GetValue(file)!;
            if (!input.Exists) throw new CliException($"{input.FullName}: no such file");
            int times = Math.Max(1, parse.GetValue(repeat));
            var lines = File.ReadAllLines(input.FullName);
            var load = Stopwatch.StartNew();
            var segmenter = WordSegmenter.Default;
            segmenter.Segment("khởi động"); // the model is loaded lazily: count the load here, not in the loop
            load.Stop();
            var normalizer = TextNormalizer.Default;
            long words = 0, chars = 0;
            var clock = Stopwatch.StartNew();
            for (int r = 0; r < times; r++)
                foreach (var line in lines)
                {
                    var segmented = SegmentedLine.Format(line, normalizer, segmenter);
                    chars += line.Length;
                    if (segmented.Length > 0) words += segmented.AsSpan().Count(' ') + 1;
                }
            clock.Stop();
            using var process = Process.GetCurrentProcess();
            process.Refresh();
            var inv = CultureInfo.InvariantCulture;
            using var output = context.OpenOutput();
            output.WriteLine(string.Create(inv, $"input {input.Name} x{times}: {lines.Length * (long)times:N0} lines, {chars:N0} chars, {words:N0} words (tokens, punctuation included)"));
            output.WriteLine(string.Create(inv, $"model load {load.Elapsed.TotalSeconds:F3} s"));
            output.WriteLine(string.Create(inv, $"segmenting {clock.Elapsed.TotalSeconds:F3} s"));
            output.WriteLine(string.Create(inv, $"peak working set {process.PeakWorkingSet64 / 1_000_000.0:F0} MB, managed heap allocated {GC.GetTotalAllocatedBytes() / 1_000_000.0:F0} MB in total"));
            output.WriteLine(string.Create(inv, $"process time so far {(DateTime.Now - process.StartTime).TotalSeconds:F3} s"));
            output.WriteLine(string.Create(inv, $"words/s {words / clock.Elapsed.TotalSeconds:F0}"));
            return ExitCodes.Ok;
        });
        return command;
    }
}
