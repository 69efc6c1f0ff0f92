namespace Bantin.Testing;

/// <summary>Finds the team's shared data folder (../shared next to the repository), which a fresh clone may lack.</summary>
public static class SharedData
{
    public const string MissingReason = "../shared is absent (tests that need the shared seeds and corpora are skipped)";

    /// <summary>The shared folder, or null when it is not there.</summary>
    public static string? Root { get; } = Find();

    private static string? Find()
    {
        var env = Environment.GetEnvironmentVariable("BANTIN_SHARED");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return env;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "seeds"))) return candidate;
        }
        return null;
    }

    /// <summary>The text of a seed article, or null when the shared folder is absent.</summary>
    public static string? Seed(string name) =>
        Root is null ? null : File.ReadAllText(Path.Combine(Root, "seeds", name));
}
