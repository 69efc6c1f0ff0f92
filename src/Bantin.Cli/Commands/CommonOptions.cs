using System.CommandLine;

namespace Bantin.Cli.Commands;

/// <summary>Options and arguments several commands share, so they read the same everywhere.</summary>
internal static class CommonOptions
{
    public static Argument<string[]> InputFiles() => new("FILE")
    {
        Description = "Input files or folders (their *.txt files), or '-' for standard input (the default). UTF-8, one text per line.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public static Option<bool> Json() => new("--json") { Description = "Write one JSON object per line." };
}
