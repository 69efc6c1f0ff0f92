using System.CommandLine;

namespace Bantin.Cli.Commands;

/// <summary><c>bantin sentences</c>: each input line split into sentences, one per output line.</summary>
internal static class SentencesCommand
{
    public static Command Create(CliContext context)
    {
        var io = new TextCommandOptions();
        var command = io.AddTo(new Command("sentences",
            "Split text into sentences, one per output line (an input line break always ends a sentence)."));
        command.SetAction(parse => io.RunAnalyzed(parse, context,
            writeJson: (output, number, doc) =>
            {
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
            },
            writeText: (output, doc) =>
            {
                foreach (var s in doc.Sentences) output.WriteLine(doc[s]);
            }));
        return command;
    }
}
