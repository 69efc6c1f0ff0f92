using System.Text;
using System.Text.Json;

namespace Bantin.Benchmarks;

/// <summary>
/// Real news text for benchmarks: paragraphs of about 600 characters from the first articles of the VietNews dev file
/// in ../shared (set BANTIN_SHARED to point elsewhere), or the samples/ folder when the shared data is absent.
/// </summary>
public static class NewsCorpus
{
    public const int Articles = 400;

    // Declared before Paragraphs: static initializers run in order, and Load sets it.
    public static string Source { get; private set; } = "";

    public static IReadOnlyList<string> Paragraphs { get; } = Load();

    /// <summary>UTF-8 size of all paragraphs: the "MB" of the MB/s figures.</summary>
    public static long Utf8Bytes { get; } = Paragraphs.Sum(p => (long)Encoding.UTF8.GetByteCount(p));

    private static List<string> Load()
    {
        var sentences = new List<string>();
        var file = FindShared("data/vietnews/vietnews_dev_2k.jsonl");
        if (file is not null)
        {
            Source = $"{Articles} articles of {file}";
            foreach (var line in File.ReadLines(file).Take(Articles))
            {
                using var doc = JsonDocument.Parse(line);
                sentences.AddRange(doc.RootElement.GetProperty("body").GetString()!.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            }
        }
        else
        {
            var samples = FindUp("samples") ?? throw new InvalidOperationException("Neither ../shared nor samples/ found.");
            Source = samples;
            foreach (var f in Directory.GetFiles(samples, "*.txt")) sentences.AddRange(File.ReadAllLines(f));
        }
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        foreach (var s in sentences)
        {
            current.Append(s).Append(' ');
            if (current.Length < 600) continue;
            paragraphs.Add(current.ToString().Trim());
            current.Clear();
        }
        if (current.Length > 0) paragraphs.Add(current.ToString().Trim());
        return paragraphs;
    }

    public static string? FindShared(string relative)
    {
        var env = Environment.GetEnvironmentVariable("BANTIN_SHARED");
        if (!string.IsNullOrEmpty(env) && File.Exists(Path.Combine(env, relative))) return Path.Combine(env, relative);
        var shared = FindUp("shared");
        return shared is not null && File.Exists(Path.Combine(shared, relative)) ? Path.Combine(shared, relative) : null;
    }

    private static string? FindUp(string name)
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (Directory.Exists(Path.Combine(dir.FullName, name))) return Path.Combine(dir.FullName, name);
        return null;
    }
}
