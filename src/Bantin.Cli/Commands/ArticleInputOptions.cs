using System.CommandLine;
using Bantin.News.Readers;
using Bantin.News.Readers.Dumps;
using Bantin.News.Readers.Inputs;

namespace Bantin.Cli.Commands;

/// <summary>The options of commands that read articles (<c>read</c>, <c>ingest</c>): paths, --format, --map, --skip-bad.</summary>
internal sealed class ArticleInputOptions
{
    public Argument<string[]> Files { get; } = CommonOptions.InputFiles();

    public Option<string> Format { get; } = new Option<string>("--format")
    {
        Description = "Input format: auto (from the name and content), text, html, jsonl or csv.",
        DefaultValueFactory = _ => "auto",
    }.AcceptOnlyFromAmong("auto", "text", "html", "jsonl", "csv");

    public Option<bool> SkipBad { get; } = new("--skip-bad") { Description = "Exit 0 even when bad records or files were skipped (they are still reported)." };

    public Option<string[]> Map { get; } = new("--map")
    {
        Description = "Field mapping for JSONL/CSV, e.g. --map body=content_text --map sapo=lead (repeatable).",
        AllowMultipleArgumentsPerToken = false,
    };

    public Command AddTo(Command command)
    {
        command.Add(Files);
        command.Add(Format);
        command.Add(SkipBad);
        command.Add(Map);
        return command;
    }

    /// <summary>The readers for the parsed options, and the paths (stdin when none).</summary>
    public (ArticleInputs Inputs, string[] Paths) Bind(ParseResult parse, CliContext context)
    {
        FieldMapping mapping;
        try { mapping = FieldMapping.Parse(parse.GetValue(Map) ?? []); }
        catch (FormatException e) { throw new CliException($"--map: {e.Message}"); }
        var inputs = ArticleInputs.Standard(mapping,
            new InputOptions
            {
                Format = Enum.Parse<ArticleFormat>(parse.GetValue(Format)!, ignoreCase: true),
                Stdin = context.Stdin,
                OutputPath = context.StdoutPath,
            });
        var paths = parse.GetValue(Files) is { Length: > 0 } given ? given : [ArticleInputs.StdinName];
        return (inputs, paths);
    }
}
