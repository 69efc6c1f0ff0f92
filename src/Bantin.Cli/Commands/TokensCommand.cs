using Bantin.News.Json;
using System.CommandLine;
using Bantin.Cli.Output;
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
        var io = new TextCommandOptions();
        var command = io.AddTo(new Command("tokens",
            "Tokenize normalized text: syllables, foreign words, numbers, dates, amounts, URLs, abbreviations, punctuation…"));
        command.SetAction(parse => io.RunAnalyzed(parse, context,
            writeJson: (output, number, doc) => output.Write(w =>
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
            }),
            writeText: (output, doc) => output.WriteLine(TokenFormatter.Format(doc.Text, doc.Tokens))));
        return command;
    }
}
