using Bantin.News.Readers.Inputs;

namespace Bantin.Cli;

/// <summary>
/// The file standard output is redirected to (<c>bantin read . &gt; out.jsonl</c>), by its canonical path, so readers
/// can leave it out of their inputs. Found through <c>/proc/self/fd/1</c>, so on Linux only; a terminal, a pipe or a
/// device (<c>/dev/null</c>) is none.
/// </summary>
internal static class StandardOutputFile
{
    private const string Link = "/proc/self/fd/1";

    /// <summary>The canonical path of the file standard output writes to, or null.</summary>
    public static string? Path() =>
        OperatingSystem.IsLinux() && Console.IsOutputRedirected && RealPath.Of(Link) is { } path
        && !path.StartsWith("/dev/", StringComparison.Ordinal) && File.Exists(path)
            ? path
            : null;
}
