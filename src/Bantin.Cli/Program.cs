using Bantin.Cli;

using var stdout = Console.OpenStandardOutput();
using var stdin = Console.OpenStandardInput();
return BantinApp.Run(args, new CliContext(stdin, stdout, Console.Error)
{
    InteractiveErrors = !Console.IsErrorRedirected,
    StdoutPath = StandardOutputFile.Path(),
});
