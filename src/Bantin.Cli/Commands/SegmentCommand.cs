using System.CommandLine;
using Bantin.Cli.Output;
using Bantin.Text.Normalization;
using Bantin.Text.Segmentation;
using Bantin.Text.Tokens;

namespace Bantin.Cli.Commands;

/// <summary>
/// <c>bantin segment</c>: one raw line in, the same line out as words (<c>Liên_doanh sản_xuất ôtô</c>); punctuation
/// attached to words becomes its own token. With --json, each word's text, offsets into the input line and unit count.
/// </summary>
internal static class SegmentCommand
{
    private const int BatchLines = 512;

    public static Command Create(CliContext context)
    {
        var io = new TextCommandOptions();
        var command = io.AddTo(new Command("segment",
            "Word segmentation: syllables of a word joined by '_', words separated by spaces (one line in, one line out)."));
        command.SetAction(parse =>
        {
            var (encoding, input, json) = io.Bind(parse, context);
            var normalizer = new TextNormalizer(NormalizerOptions.Default with { From = encoding });
            var segmenter = WordSegmenter.Default;
            if (json)
            {
                using var output = new JsonLines(context.Stdout);
                foreach (var (number, line) in input.Lines()) WriteJson(output, number, normalizer.Normalize(line), segmenter);
            }
            else
            {
                // Lines are segmented in batches on all cores and written in input order.
                using var output = context.OpenOutput();
                foreach (var batch in input.Lines().Select(l => l.Text).Chunk(BatchLines))
                {
                    var results = new string[batch.Length];
                    Parallel.For(0, batch.Length, i => results[i] = SegmentedLine.Format(batch[i], normalizer, segmenter));
                    foreach (var line in results) output.WriteLine(line);
                }
            }
            return input.InvalidSequences > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteJson(JsonLines output, int number, NormalizedText normalized, WordSegmenter segmenter)
    {
        var text = normalized.Text;
        var words = segmenter.Segment(text, Tokenizer.Tokenize(text));
        output.Write(w =>
        {
            w.WriteNumber("line", number);
            w.WriteString("text", text);
            w.WriteStartArray("words");
            foreach (var word in words)
            {
                w.WriteStartObject();
                w.WriteString("text", text.AsSpan(word.Start, word.Length));
                w.WriteNumber("start", normalized.Map.ToOriginalStart(word.Start));
                w.WriteNumber("end", normalized.Map.ToOriginalEnd(word.End));
                w.WriteNumber("units", word.Units);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        });
    }
}
