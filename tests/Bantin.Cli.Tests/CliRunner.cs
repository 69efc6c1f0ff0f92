using System.Text;

namespace Bantin.Cli.Tests;

/// <summary>Runs the bantin command in-process with byte streams, as the executable does with the console.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static Result Run(string stdin, params string[] args) => Run(Encoding.UTF8.GetBytes(stdin), args);

    public static Result Run(byte[] stdin, params string[] args)
    {
        using var input = new MemoryStream(stdin);
        using var output = new MemoryStream();
        var error = new StringWriter();
        int code = BantinApp.Run(args, new CliContext(input, output, error));
        return new Result(code, Encoding.UTF8.GetString(output.ToArray()), error.ToString());
    }
}
