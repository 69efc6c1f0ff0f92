using System.CommandLine;
using Bantin.Text.Normalization;

namespace Bantin.Cli.Commands;

/// <summary>Options and arguments several commands share, so they read the same everywhere.</summary>
internal static class CommonOptions
{
    public static Argument<string[]> InputFiles() => new("FILE")
    {
        Description = "Input files or folders (their *.txt files), or '-' for standard input (the default). UTF-8, one text per line.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public static Option<string> From() => new Option<string>("--from")
    {
        Description = "Input encoding convention: auto (detects TCVN3, VNI, VIQR; never alters Unicode text), unicode, tcvn3, vni or viqr.",
        DefaultValueFactory = _ => "auto",
    }.AcceptOnlyFromAmong("auto", "unicode", "tcvn3", "vni", "viqr");

    public static SourceEncoding ParseEncoding(string value) => Enum.Parse<SourceEncoding>(value, ignoreCase: true);

    public static Option<bool> Json() => new("--json") { Description = "Write one JSON object per line." };
}
