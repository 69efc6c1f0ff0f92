using System.Runtime.InteropServices;

namespace Bantin.News.Readers.Inputs;

/// <summary>
/// The canonical path of a file: every link along the way resolved, "." and ".." gone — libc's <c>realpath(3)</c> on
/// Linux and macOS, so a file reached through a linked folder has the same path as the file itself. Elsewhere the full
/// path with its last link resolved.
/// </summary>
public static class RealPath
{
    /// <summary>The canonical path of <paramref name="path"/>, or null when it does not exist or cannot be read.</summary>
    public static string? Of(string path)
    {
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
        {
            IntPtr resolved = realpath(path, IntPtr.Zero);
            if (resolved == IntPtr.Zero) return null;
            try { return Marshal.PtrToStringUTF8(resolved); }
            finally { free(resolved); }
        }
        try
        {
            var file = new FileInfo(path);
            return file.Exists || Directory.Exists(path) ? file.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? file.FullName : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    // Classic P/Invoke: the source-generated kind needs unsafe code in the project, for two calls.
    /// <summary>True when <paramref name="path"/> is the file whose canonical path is <paramref name="canonical"/>.</summary>
    public static bool Is(string path, string? canonical) =>
        canonical is not null && string.Equals(Of(path), canonical, StringComparison.Ordinal);

    [DllImport("libc", EntryPoint = "realpath")]
    private static extern IntPtr realpath([MarshalAs(UnmanagedType.LPUTF8Str)] string path, IntPtr resolved);

    [DllImport("libc", EntryPoint = "free")]
    private static extern void free(IntPtr pointer);
}
