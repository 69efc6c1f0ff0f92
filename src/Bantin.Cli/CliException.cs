namespace Bantin.Cli;

/// <summary>Bad input or usage: the message goes to stderr as is, the exit code is 1.</summary>
public sealed class CliException(string message) : Exception(message);
