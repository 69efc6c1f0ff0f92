using System.CommandLine;
using System.Text.Json;
using Bantin.News.Json;
using Bantin.News.Readers;
using Bantin.News.Readers.Dumps;
using Bantin.News.Readers.Inputs;

namespace Bantin.Cli.Commands;

/// <summary>
/// <c>bantin read &lt;path|-&gt;…</c>: articles from files, folders and stdin (text, HTML, JSONL, CSV; detected or forced)
/// as Article JSONL on stdout. A bad record or file is reported as <c>file:line: reason</c> on stderr and skipped;
/// the exit code is 1 when anything was skipped unless <c>--skip-bad</c>. A summary line ends stderr.
/// </summary>
internal static class ReadCommand
{
    public static Command Create(CliContext context)
    {
        var files = CommonOptions.InputFiles();
        var format = new Option<string>("--format")
        {
            Description = "Input format: auto (from the name and content), text, html, jsonl or csv.",
            DefaultValueFactory = _ => "auto",
        }.AcceptOnlyFromAmong("auto", "text", "html", "jsonl", "csv");
        var skipBad = new Option<bool>("--skip-bad") { Description = "Exit 0 even when bad records or files were skipped (they are still reported)." };
        var map = new Option<string[]>("--map")
        {
            Description = "Field mapping for JSONL/CSV, e.g. --map body=content_text --map sapo=lead (repeatable).",
            AllowMultipleArgumentsPerToken = false,
        };
        var command = new Command("read", "Read articles (fused or line text, HTML, JSONL/CSV dumps, folders) into Article JSONL.")
        {
            files, format, skipBad, map,
        };
        command.SetAction(parse =>
        {
            FieldMapping mapping;
            try { mapping = FieldMapping.Parse(parse.GetValue(map) ?? []); }
            catch (FormatException e) { throw new CliException($"--map: {e.Message}"); }

            var inputs = new ArticleInputs(
                [new TextArticleReader(), new Bantin.News.Readers.Html.HtmlArticleReader(), new JsonlArticleReader(mapping), new CsvArticleReader(mapping)],
                new InputOptions { Format = Enum.Parse<ArticleFormat>(parse.GetValue(format)!, ignoreCase: true), Stdin = context.Stdin });
            var paths = parse.GetValue(files) is { Length: > 0 } given ? given : [ArticleInputs.StdinName];
            var summary = new ReadSummary();
            long errors = 0;
            using (var output = new BufferedStream(context.Stdout, 1 << 16))
            using (var writer = new Utf8JsonWriter(output, ArticleJson.WriterOptions))
            {
                foreach (var result in inputs.Read(paths, summary, w => context.Stderr.WriteLine($"warning: {w}")))
                {
                    if (result.Article is { } article)
                    {
                        ArticleJson.Write(writer, article);
                        writer.Flush();
                        writer.Reset();
                        output.WriteByte((byte)'\n');
                    }
                    else if (result.Error is { } error)
                    {
                        errors++;
                        context.Stderr.WriteLine(error);
                    }
                }
            }
            context.Stderr.WriteLine(summary);
            return errors > 0 && !parse.GetValue(skipBad) ? ExitCodes.BadInput : ExitCodes.Ok;
        });
        return command;
    }
}
