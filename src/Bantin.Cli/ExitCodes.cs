namespace Bantin.Cli;

/// <summary>The exit codes of the command contract.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int BadInput = 1;
    public const int InternalError = 2;
}
