using System.CommandLine;

namespace Bantin.Cli.Commands;

/// <summary>
/// <c>--heads-from-lines SOURCE</c> as <c>train read</c> and <c>eval read</c> share it: records of that source with no
/// title and sapo take them from their first two body lines (VNTC's VnExpress files).
/// </summary>
internal static class HeadsFromLinesOption
{
    public static Option<string[]> Create() => new("--heads-from-lines")
    {
        Description = "Records whose 'source' is this (repeatable) and that have no title and sapo take them from their first "
            + "two body lines, when two more lines follow: ../shared/data/vntc/*.jsonl with VnExpress.",
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary>The sources given, or null when none.</summary>
    public static IReadOnlySet<string>? Value(ParseResult parse, Option<string[]> option) =>
        parse.GetValue(option) is { Length: > 0 } sources ? new HashSet<string>(sources, StringComparer.Ordinal) : null;
}
