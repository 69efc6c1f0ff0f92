namespace Bantin.Cli.Commands;

/// <summary>
/// How many articles the inputs hold, roughly and fast, for a progress bar's ETA: records (lines) of JSONL/CSV/TSV
/// files, one per other file; null when an input is standard input.
/// </summary>
internal static class InputEstimate
{
    public static long? Articles(IEnumerable<string> paths)
    {
        long total = 0;
        foreach (var path in paths)
        {
            if (path == "-") return null;
            if (File.Exists(path)) total += OfFile(path);
            else if (Directory.Exists(path))
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)) total += OfFile(file);
        }
        return total;
    }

    private static long OfFile(string path)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        if (ext is not (".jsonl" or ".ndjson" or ".csv" or ".tsv")) return 1;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            var buffer = new byte[1 << 16];
            long lines = 0;
            int n;
            while ((n = stream.Read(buffer)) > 0) lines += buffer.AsSpan(0, n).Count((byte)'\n');
            return ext is ".csv" or ".tsv" ? Math.Max(0, lines - 1) : lines;
        }
        catch (IOException) { return 1; }
        catch (UnauthorizedAccessException) { return 1; }
    }
}
