using System.CommandLine;
using System.Text.Json;
using Bantin.News.Json;
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
        var io = new ArticleInputOptions();
        var command = io.AddTo(new Command("read", "Read articles (fused or line text, HTML, JSONL/CSV dumps, folders) into Article JSONL."));
        command.SetAction(parse =>
        {
            var (inputs, paths) = io.Bind(parse, context);
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
            return errors > 0 && !parse.GetValue(io.SkipBad) ? ExitCodes.BadInput : ExitCodes.Ok;
        });
        return command;
    }
}
