using System.Text;

namespace Bantin.Cli;

/// <summary>The streams a command works with; the executable passes the console's, tests pass their own.</summary>
public sealed class CliContext(Stream stdin, Stream stdout, TextWriter stderr)
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public Stream Stdin { get; } = stdin;
    public Stream Stdout { get; } = stdout;
    public TextWriter Stderr { get; } = stderr;

    /// <summary>The file <see cref="Stdout"/> writes to, when it is one (full path); commands that read files skip it.</summary>
    public string? StdoutPath { get; init; }

    /// <summary>True when standard error is a terminal a person watches: long commands draw progress bars there.</summary>
    public bool InteractiveErrors { get; init; }

    /// <summary>A buffered UTF-8 writer on standard output (flushed by the caller).</summary>
    public StreamWriter OpenOutput() => new(Stdout, Utf8NoBom, bufferSize: 1 << 16, leaveOpen: true) { NewLine = "\n" };
}
