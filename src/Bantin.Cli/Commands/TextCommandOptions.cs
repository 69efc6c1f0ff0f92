using System.CommandLine;
using Bantin.Cli.Input;
using Bantin.Cli.Output;
using Bantin.Text.Normalization;
using Bantin.Text.Pipeline;

namespace Bantin.Cli.Commands;

/// <summary>
/// The options every line-in/line-out text command shares (<c>--from</c>, <c>--json</c>, input files), bound once
/// into the input reader and the pipeline the command needs.
/// </summary>
internal sealed class TextCommandOptions
{
    public Option<string> From { get; } = CommonOptions.From();
    public Option<bool> Json { get; } = CommonOptions.Json();
    public Argument<string[]> Files { get; } = CommonOptions.InputFiles();

    public Command AddTo(Command command)
    {
        command.Add(From);
        command.Add(Json);
        command.Add(Files);
        return command;
    }

    /// <summary>The parsed encoding, the input lines, whether JSON was asked for.</summary>
    public (SourceEncoding Encoding, TextInput Input, bool Json) Bind(ParseResult parse, CliContext context)
    {
        var encoding = CommonOptions.ParseEncoding(parse.GetValue(From)!);
        return (encoding, new TextInput(context, parse.GetValue(Files), encoding), parse.GetValue(Json));
    }

    /// <summary>
    /// Runs a command that analyses each input line: <paramref name="writeJson"/> or <paramref name="writeText"/> gets
    /// the line's <see cref="TextDocument"/>. Returns the exit code (1 when the input had invalid bytes).
    /// </summary>
    public int RunAnalyzed(ParseResult parse, CliContext context,
        Action<JsonLines, int, TextDocument> writeJson, Action<TextWriter, TextDocument> writeText)
    {
        var (encoding, input, json) = Bind(parse, context);
        var pipeline = PipelineFor(encoding);
        if (json)
        {
            using var output = new JsonLines(context.Stdout);
            foreach (var (number, text) in input.Lines()) writeJson(output, number, pipeline.Analyze(text));
        }
        else
        {
            using var output = context.OpenOutput();
            foreach (var (_, text) in input.Lines()) writeText(output, pipeline.Analyze(text));
        }
        return input.InvalidSequences > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
    }

    /// <summary>A pipeline that decodes <paramref name="encoding"/> and otherwise uses the default options.</summary>
    public static TextPipeline PipelineFor(SourceEncoding encoding, NormalizerOptions? options = null) =>
        new(new TextNormalizer((options ?? NormalizerOptions.Default) with { From = encoding }));
}
