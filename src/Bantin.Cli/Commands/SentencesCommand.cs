using System.CommandLine;
using Bantin.Cli.Input;
using Bantin.Cli.Output;
using Bantin.Text.Normalization;
using Bantin.Text.Pipeline;

namespace Bantin.Cli.Commands;

/// <summary><c>bantin sentences</c>: each input line split into sentences, one per output line.</summary>
internal static class SentencesCommand
{
    public static Command Create(CliContext context)
    {
        var from = CommonOptions.From();
        var json = CommonOptions.Json();
        var file = CommonOptions.InputFiles();
        var command = new Command("sentences", "Split text into sentences, one per output line (an input line break always ends a sentence).")
        {
            from, json, file,
        };
        command.SetAction(parse =>
        {
            var encoding = CommonOptions.ParseEncoding(parse.GetValue(from)!);
            var input = new TextInput(context, parse.GetValue(file), encoding);
            var pipeline = new TextPipeline(new TextNormalizer(NormalizerOptions.Default with { From = encoding }));
            if (parse.GetValue(json))
            {
                using var output = new JsonLines(context.Stdout);
                foreach (var (number, text) in input.Lines())
                {
                    var doc = pipeline.Analyze(text);
                    foreach (var s in doc.Sentences)
                    {
                        var (start, end) = doc.ToOriginal(s.Start, s.End);
                        output.Write(w =>
                        {
                            w.WriteNumber("line", number);
                            w.WriteString("text", doc[s]);
                            w.WriteNumber("start", start);
                            w.WriteNumber("end", end);
                        });
                    }
                }
            }
            else
            {
                using var output = context.OpenOutput();
                foreach (var (_, text) in input.Lines())
                {
                    var doc = pipeline.Analyze(text);
                    foreach (var s in doc.Sentences) output.WriteLine(doc[s]);
                }
            }
            return input.InvalidSequences > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
        });
        return command;
    }
}
