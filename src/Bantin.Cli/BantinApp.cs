using System.CommandLine;
using Bantin.Cli.Commands;

namespace Bantin.Cli;

/// <summary>Builds the command tree and maps every failure to an exit code, in one place.</summary>
public static class BantinApp
{
    public static int Run(string[] args, CliContext context)
    {
        var root = new RootCommand("Bantin: Vietnamese news text engine.")
        {
            NormalizeCommand.Create(context),
            SentencesCommand.Create(context),
            TokensCommand.Create(context),
            SegmentCommand.Create(context),
            IngestCommand.Create(context),
            SearchCommand.Create(context),
            ServeCommand.Create(context),
            ReadCommand.Create(context),
            EvalCommand.Create(context),
            TrainCommand.Create(context),
            BenchCommand.Create(context),
        };
        var parse = root.Parse(args);
        var config = new InvocationConfiguration
        {
            Output = new StreamWriter(context.Stdout, leaveOpen: true) { AutoFlush = true },
            Error = context.Stderr,
            EnableDefaultExceptionHandler = false,
        };
        try
        {
            return parse.Invoke(config);
        }
        catch (CliException e)
        {
            context.Stderr.WriteLine($"bantin: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (UnauthorizedAccessException e)
        {
            context.Stderr.WriteLine($"bantin: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (e is FormatException or InvalidDataException or System.Text.Json.JsonException or IOException)
        {
            // Malformed input files (a corpus line, a model, a query file) and unusable paths are the user's to fix.
            context.Stderr.WriteLine($"bantin: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (Exception e)
        {
            context.Stderr.WriteLine($"bantin: internal error: {e.GetType().Name}: {e.Message}");
            if (Environment.GetEnvironmentVariable("BANTIN_DEBUG") == "1") context.Stderr.WriteLine(e);
            return ExitCodes.InternalError;
        }
    }
}
