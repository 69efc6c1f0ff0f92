using System.IO.Compression;
using System.Reflection;

namespace Bantin.Text.Lexicons;

/// <summary>
/// Known multi-syllable Vietnamese words and names (lower case, syllables separated by one space): RDRsegmenter's
/// VnVocab, its Vietnamese locations and country names (Apache-2.0; see NOTICE and docs/data.md). Loaded once, lazily,
/// thread-safe; about 34,000 entries.
/// </summary>
public static class KnownWords
{
    private const string ResourceName = "Bantin.Text.Resources.multi-syllable-words.txt.gz";

    private static readonly Lazy<HashSet<string>> Words = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<HashSet<string>> SyllableSet = new(
        () => Words.Value.SelectMany(w => w.Split(' ')).ToHashSet(StringComparer.Ordinal), LazyThreadSafetyMode.ExecutionAndPublication);

    public static int Count => Words.Value.Count;

    /// <summary>Longest syllable looked up; longer words are not syllables.</summary>
    private const int MaxSyllableLength = 16;

    /// <summary>True when the syllable, in any case, occurs in some listed word: a syllable of ordinary Vietnamese
    /// ("cuộc", "Tổng"), unlike syllable-shaped English words ("pay", "Page").</summary>
    public static bool ContainsSyllable(ReadOnlySpan<char> syllable)
    {
        if (syllable.Length > MaxSyllableLength) return false;
        Span<char> lower = stackalloc char[syllable.Length];
        syllable.ToLowerInvariant(lower);
        return SyllableSet.Value.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower);
    }

    /// <summary>True when two syllables, in any case, form a listed word ("Cần" + "Thơ", "MÊ" + "kông").</summary>
    public static bool ContainsPair(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        if (first.Length + second.Length > 2 * MaxSyllableLength) return false;
        Span<char> buffer = stackalloc char[first.Length + 1 + second.Length];
        first.ToLowerInvariant(buffer);
        buffer[first.Length] = ' ';
        second.ToLowerInvariant(buffer[(first.Length + 1)..]);
        return Contains(buffer);
    }

    /// <summary>True when the syllables, joined by spaces and lower-cased, form a listed word ("cần thơ", "hợp tác").</summary>
    public static bool Contains(ReadOnlySpan<char> lowerCaseWords) =>
        Words.Value.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lowerCaseWords);

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from Bantin.Text.");
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var set = new HashSet<string>(StringComparer.Ordinal);
        int lineNo = 0;
        for (string? line; (line = reader.ReadLine()) is not null;)
        {
            lineNo++;
            if (line.Length == 0) continue;
            if (!line.Contains(' ')) throw new FormatException($"{ResourceName}:{lineNo}: expected a multi-syllable word, got '{line}'");
            set.Add(line);
        }
        return set;
    }
}
