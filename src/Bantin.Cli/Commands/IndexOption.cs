using System.CommandLine;

namespace Bantin.Cli.Commands;

/// <summary>
/// <c>--index DIR</c>: where the Lucene index lives. Default: <c>$BANTIN_INDEX</c>, else
/// <c>~/.local/share/bantin/index</c> (the platform's local application data folder).
/// </summary>
internal static class IndexOption
{
    public static string DefaultPath => Bantin.Server.ServerOptions.DefaultIndexPath;

    public static Option<string> Create() => new("--index")
    {
        Description = "Index directory (default: $BANTIN_INDEX, else ~/.local/share/bantin/index).",
        DefaultValueFactory = _ => DefaultPath,
    };
}
