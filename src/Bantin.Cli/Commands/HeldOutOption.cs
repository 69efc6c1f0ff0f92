using System.CommandLine;

namespace Bantin.Cli.Commands;

/// <summary>
/// <c>--held-out K</c> as <c>train read</c> and <c>eval read</c> share it: the slice of articles whose id hashes to 0
/// modulo K (<see cref="Bantin.News.Evaluation.HeldOut"/>); 0 means none.
/// </summary>
internal static class HeldOutOption
{
    public static Option<int> Create(string description) => new("--held-out") { Description = description };

    /// <summary>The value given, refused (as bad input) when it names no slice: negative or 1.</summary>
    public static int Value(ParseResult parse, Option<int> option)
    {
        int k = parse.GetValue(option);
        return k is < 0 or 1 ? throw new CliException("--held-out must be 0 (no held-out slice) or at least 2") : k;
    }
}
