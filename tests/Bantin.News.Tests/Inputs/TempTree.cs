using System.Text;

namespace Bantin.News.Tests.Inputs;

/// <summary>A temporary folder of files written by a test, deleted afterwards.</summary>
internal sealed class TempTree : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("bantin-inputs-").FullName;

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public string Write(string relative, string text) => Write(relative, Encoding.UTF8.GetBytes(text));

    public string Write(string relative, byte[] bytes)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private readonly List<string> _locked = [];

    /// <summary>Takes every permission away from a file or folder (given back before deletion).</summary>
    public void Lock(string path)
    {
        if (OperatingSystem.IsWindows()) return;
        File.SetUnixFileMode(path, UnixFileMode.None);
        _locked.Add(path);
    }

    public void Dispose()
    {
        if (!OperatingSystem.IsWindows())
            foreach (var path in _locked) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Directory.Delete(Root, recursive: true);
    }
}
