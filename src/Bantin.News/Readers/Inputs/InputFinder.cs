namespace Bantin.News.Readers.Inputs;

/// <summary>
/// Expands path arguments into inputs. A file is itself (named by its file name); a folder is every file below it
/// whose extension names a format or is .txt (every file when the format is forced), depth first, entries in ordinal order,
/// hidden files and folders skipped, each named by its path relative to the folder with '/' separators. Linked
/// folders are followed unless they lead back to a folder being walked. The file the output goes to (by its canonical
/// path, <see cref="RealPath"/>) is an error, not an input: read, it would grow as fast as it is read.
/// </summary>
internal static class InputFinder
{
    /// <param name="output">The output file's full path (<see cref="InputOptions.OutputPath"/>), or null.</param>
    public static IEnumerable<FoundInput> Find(string path, bool allFiles, string? output = null)
    {
        if (path == ArticleInputs.StdinName) return [FoundInput.Stdin];
        if (File.Exists(path)) return [FileInput(Path.GetFileName(path), path, output)];
        if (!Directory.Exists(path)) return [FoundInput.Fail(path, "no such file or directory")];
        var root = new DirectoryInfo(path);
        return Walk(root, "", [RealPath(root)], allFiles, output);
    }

    private static FoundInput FileInput(string name, string path, string? output) =>
        Inputs.RealPath.Is(path, output)
            ? FoundInput.Fail(name, "is the output of this command; not read")
            : new FoundInput(name, path, null);

    private static IEnumerable<FoundInput> Walk(DirectoryInfo dir, string prefix, HashSet<string> ancestors, bool allFiles, string? output)
    {
        FileSystemInfo[] entries;
        string? failure = null;
        try
        {
            entries = [.. dir.EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal)];
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            entries = [];
            failure = $"cannot read folder: {e.Message}";
        }
        if (failure is not null) yield return FoundInput.Fail(prefix.Length == 0 ? dir.ToString() : prefix, failure);

        foreach (var entry in entries)
        {
            if (IsHidden(entry)) continue;
            string name = prefix + entry.Name;
            if (entry is DirectoryInfo sub)
            {
                string real = RealPath(sub);
                if (!ancestors.Add(real))
                {
                    yield return FoundInput.Fail(name + "/", $"folder loop: leads back to {real}");
                    continue;
                }
                foreach (var found in Walk(sub, name + "/", ancestors, allFiles, output)) yield return found;
                ancestors.Remove(real);
            }
            else if (allFiles || FormatDetection.IsArticleFile(entry.Name))
            {
                yield return FileInput(name, entry.FullName, output);
            }
        }
    }

    private static bool IsHidden(FileSystemInfo entry) =>
        entry.Name.StartsWith('.') || (entry.Attributes & FileAttributes.Hidden) != 0;

    private static string RealPath(DirectoryInfo dir)
    {
        try
        {
            return Path.TrimEndingDirectorySeparator(dir.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? dir.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return dir.FullName; // a link we cannot resolve: reading it will fail and say so
        }
    }
}
