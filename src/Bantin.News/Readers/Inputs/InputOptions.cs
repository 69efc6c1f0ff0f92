namespace Bantin.News.Readers.Inputs;

/// <summary>
/// How <see cref="ArticleInputs"/> reads: the format (<see cref="ArticleFormat.Auto"/> detects it per input) and the
/// stream "-" stands for.
/// </summary>
public sealed record InputOptions
{
    public static readonly InputOptions Default = new();

    /// <summary>Forces one format for every input (the CLI's --format); folders then give all their files, not only known extensions.</summary>
    public ArticleFormat Format { get; init; } = ArticleFormat.Auto;

    /// <summary>What "-" reads; the process's standard input when null. Not disposed.</summary>
    public Stream? Stdin { get; init; }

    /// <summary>
    /// The file the caller writes its output to (the CLI's standard output redirected to a file), as its canonical path
    /// (<see cref="RealPath.Of"/>); it is never read as an input, so <c>bantin read . &gt; out.jsonl</c> does not read
    /// back what it writes, even through a linked folder.
    /// </summary>
    public string? OutputPath { get; init; }
}
