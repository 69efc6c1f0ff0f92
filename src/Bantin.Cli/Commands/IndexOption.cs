using System.CommandLine;

namespace Bantin.Cli.Commands;

/// <summary>
/// <c>--index DIR</c>: where the Lucene index lives. Default: <c>$BANTIN_INDEX</c>, else
/// <c>~/.local/share/bantin/index</c> (the platform's local application data folder).
/// </summary>
internal static class IndexOption
{
    public static string DefaultPath =>
        Environment.GetEnvironmentVariable("BANTIN_INDEX") is { Length: > 0 } env
            ? env
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "bantin", "index");

    public static Option<string> Create() => new("--index")
    {
        Description = "Index directory (default: $BANTIN_INDEX, else ~/.local/share/bantin/index).",
        DefaultValueFactory = _ => DefaultPath,
    };
}
