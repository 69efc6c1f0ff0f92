using Bantin.News.Json;
using System.CommandLine;
using Bantin.Cli.Input;
using Bantin.Cli.Output;
using Bantin.Text.Normalization;

namespace Bantin.Cli.Commands;

/// <summary><c>bantin normalize</c>: one line in, the normalized line out.</summary>
internal static class NormalizeCommand
{
    public static Command Create(CliContext context)
    {
        var tone = new Option<string>("--tone")
        {
            Description = "Tone-mark placement: keep (as written), old (hòa, thủy) or new (hoà, thuỷ).",
            DefaultValueFactory = _ => "keep",
        }.AcceptOnlyFromAmong("keep", "old", "new");
        var io = new TextCommandOptions();
        var command = io.AddTo(new Command("normalize",
            "Normalize Vietnamese text line by line: legacy encodings, Unicode NFC, spaces, punctuation, tone marks, repairs.")
        {
            tone,
        });
        command.SetAction(parse =>
        {
            var (encoding, input, json) = io.Bind(parse, context);
            var normalizer = new TextNormalizer(NormalizerOptions.Default with
            {
                Tone = Enum.Parse<ToneStyle>(parse.GetValue(tone)!, ignoreCase: true),
                From = encoding,
            });
            if (json) WriteJson(context, input, normalizer);
            else
            {
                using var output = context.OpenOutput();
                foreach (var (_, text) in input.Lines()) output.WriteLine(normalizer.Normalize(text).Text);
            }
            return input.InvalidSequences > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteJson(CliContext context, TextInput input, TextNormalizer normalizer)
    {
        using var output = new JsonLines(context.Stdout);
        foreach (var (number, text) in input.Lines())
        {
            var result = normalizer.Normalize(text);
            output.Write(w =>
            {
                w.WriteNumber("line", number);
                w.WriteString("text", result.Text);
                w.WriteStartArray("changes");
                foreach (var ch in result.Changes)
                {
                    w.WriteStartObject();
                    w.WriteString("kind", JsonNames.Kebab(ch.Kind));
                    w.WriteNumber("offset", ch.Start);
                    w.WriteNumber("length", ch.Length);
                    w.WriteString("text", ch.Original);
                    w.WriteString("replacement", ch.Replacement);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            });
        }
    }
}
