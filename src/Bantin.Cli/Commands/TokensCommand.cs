using System.CommandLine;
using Bantin.Cli.Input;
using Bantin.Cli.Output;
using Bantin.Text.Normalization;
using Bantin.Text.Pipeline;
using Bantin.Text.Tokens;

namespace Bantin.Cli.Commands;

/// <summary>
/// <c>bantin tokens</c>: one line in, its tokens out (syllables bare, others as <c>[text]Kind</c>); with --json, one
/// object per line with each token's text, kind and offsets into the input line.
/// </summary>
internal static class TokensCommand
{
    public static Command Create(CliContext context)
    {
        var from = CommonOptions.From();
        var json = CommonOptions.Json();
        var file = CommonOptions.InputFiles();
        var command = new Command("tokens", "Tokenize normalized text: syllables, foreign words, numbers, dates, amounts, URLs, abbreviations, punctuation…")
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
                    output.Write(w =>
                    {
                        w.WriteNumber("line", number);
                        w.WriteString("text", doc.Text);
                        w.WriteStartArray("tokens");
                        foreach (var t in doc.Tokens)
                        {
                            var (start, end) = doc.ToOriginal(t.Start, t.End);
                            w.WriteStartObject();
                            w.WriteString("text", doc[t]);
                            w.WriteString("kind", JsonNames.Kebab(t.Kind));
                            w.WriteNumber("start", start);
                            w.WriteNumber("end", end);
                            w.WriteEndObject();
                        }
                        w.WriteEndArray();
                    });
                }
            }
            else
            {
                using var output = context.OpenOutput();
                foreach (var (_, text) in input.Lines())
                {
                    var doc = pipeline.Analyze(text);
                    output.WriteLine(TokenFormatter.Format(doc.Text, doc.Tokens));
                }
            }
            return input.InvalidSequences > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
        });
        return command;
    }
}
