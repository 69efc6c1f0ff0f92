namespace Bantin.Cli;

/// <summary>
/// The regular file standard output is redirected to (<c>bantin read . &gt; out.jsonl</c>), so readers can leave it
/// out of their inputs. Found through <c>/proc/self/fd/1</c>, so on Linux only; elsewhere, and when the output is a
/// terminal or a pipe, there is none.
/// </summary>
internal static class StandardOutputFile
{
    private const string Link = "/proc/self/fd/1";

    /// <summary>The full path of the file standard output writes to, or null.</summary>
    public static string? Path() => OperatingSystem.IsLinux() ? Resolve(Link) : null;

    /// <summary>True when the file at <paramref name="path"/> (its links resolved) is <paramref name="output"/>.</summary>
    public static bool Is(string path, string? output)
    {
        if (output is null) return false;
        var file = new FileInfo(path);
        try
        {
            return string.Equals(file.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? file.FullName, output, StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return false; // a link we cannot resolve: reading it will fail and say so
        }
    }

    /// <summary>The full path of the regular file <paramref name="fdLink"/> (a descriptor's link) leads to, or null.</summary>
    private static string? Resolve(string fdLink)
    {
        try
        {
            var target = File.ResolveLinkTarget(fdLink, returnFinalTarget: true);
            return target is FileInfo { Exists: true } file ? file.FullName : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
