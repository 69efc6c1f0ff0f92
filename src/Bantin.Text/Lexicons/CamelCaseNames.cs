using System.IO.Compression;
using System.Reflection;

namespace Bantin.Text.Lexicons;

/// <summary>
/// Names written in camel case (<c>VinFast</c>, <c>VietinBank</c>, <c>McCain</c>, <c>TikTok</c>): 701 one-token words
/// with a capital after a lower-case letter, seen at least three times in VietNews (counts only; docs/data.md), and
/// the brand families among them: a front shared by five or more names, of three letters or more (<c>Vin</c>,
/// <c>Viet</c>, <c>Grab</c>), so <c>VinWonders</c> is one name too. Loaded once, lazily; thread-safe.
/// </summary>
public static class CamelCaseNames
{
    private const string ResourceName = "Bantin.Text.Resources.camel-case-names.txt.gz";
    private const int FamilySize = 5, MinFrontLength = 3;

    /// <summary>Longest name <see cref="Joins"/> looks up (front and rest together).</summary>
    public const int MaxLength = 64;

    private static readonly Lazy<(HashSet<string> Names, HashSet<string> Fronts)> Lists = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static int Count => Lists.Value.Names.Count;

    /// <summary>
    /// True when <paramref name="front"/> run into <paramref name="rest"/> (which starts with a capital) is one name:
    /// listed as a whole, or <paramref name="front"/> is a brand family's front.
    /// </summary>
    public static bool Joins(ReadOnlySpan<char> front, ReadOnlySpan<char> rest)
    {
        var (names, fronts) = Lists.Value;
        if (fronts.GetAlternateLookup<ReadOnlySpan<char>>().Contains(front)) return true;
        if (front.Length + rest.Length > MaxLength) return false;
        Span<char> whole = stackalloc char[front.Length + rest.Length];
        front.CopyTo(whole);
        rest.CopyTo(whole[front.Length..]);
        return names.GetAlternateLookup<ReadOnlySpan<char>>().Contains(whole);
    }

    private static (HashSet<string>, HashSet<string>) Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from Bantin.Text.");
        using var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress));
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (string? line; (line = reader.ReadLine()) is not null;)
            if (line.Length > 0) names.Add(line);
        var fronts = names
            .Select(n => n[..Enumerable.Range(1, n.Length - 1).First(i => char.IsUpper(n[i]) && char.IsLower(n[i - 1]))])
            .Where(f => f.Length >= MinFrontLength)
            .CountBy(f => f, StringComparer.Ordinal)
            .Where(g => g.Value >= FamilySize)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);
        return (names, fronts);
    }
}
