using System.CommandLine;

namespace Bantin.Cli.Commands;

/// <summary><c>bantin train &lt;task&gt;</c>: rebuilds a shipped model from the data it was trained on.</summary>
internal static class TrainCommand
{
    public static Command Create(CliContext context) => new("train", "Rebuild a shipped model from its training data.")
    {
        TrainSegmentCommand.Create(context),
        TrainReadCommand.Create(context),
    };
}
