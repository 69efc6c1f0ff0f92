namespace Bantin.Cli;

/// <summary>Entry point shared by the executable and the tests.</summary>
public static class BantinApp
{
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        stderr.WriteLine("bantin: not implemented yet");
        return 2;
    }
}
