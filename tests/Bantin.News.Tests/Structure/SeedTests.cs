using System.Text.Json;
using System.Text.RegularExpressions;
using Bantin.News.Structure;

namespace Bantin.News.Tests.Structure;

/// <summary>The two seed articles read exactly as ../shared/seeds/expected/*.json say (spacing around hyphens not judged).</summary>
public partial class SeedTests
{
    [SkippableTheory]
    [InlineData("000_a2b4efcf6e89c171")]
    [InlineData("004_5ecd41b3e2c2a4a7")]
    public void Seed_reads_as_expected(string name)
    {
        Skip.If(SharedData.Root is null, SharedData.MissingReason);
        var raw = File.ReadAllText(Path.Combine(SharedData.Root!, "seeds", name + ".txt"));
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(SharedData.Root!, "seeds", "expected", name + ".json")));
        var e = expected.RootElement;

        var r = StructureRecovery.Recover(raw);

        Assert.Equal(e.GetProperty("title").GetString(), r.Title);
        Assert.Equal(e.GetProperty("sapo").GetString(), r.Sapo);
        Assert.Equal(e.GetProperty("body").EnumerateArray().Select(b => Hyphens(b.GetString()!)), r.Body.Select(Hyphens));
        Assert.Equal(e.GetProperty("author").GetString(), r.Author);
        Assert.Equal(e.GetProperty("credits").EnumerateArray().Select(c => c.GetString()), r.Credits);
    }

    [SkippableFact]
    public void Seed_000_reports_its_repairs_at_raw_offsets()
    {
        Skip.If(SharedData.Root is null, SharedData.MissingReason);
        var raw = File.ReadAllText(Path.Combine(SharedData.Root!, "seeds", "000_a2b4efcf6e89c171.txt"));
        var r = StructureRecovery.Recover(raw);
        var split = Assert.Single(r.Repairs, x => x.Kind == "split-syllable");
        Assert.Equal("l iên", split.Text);
        Assert.Equal(raw.IndexOf("l iên", StringComparison.Ordinal), split.Offset);
        Assert.Contains(r.Repairs, x => x.Kind == "compose");
        Assert.Contains(r.Repairs, x => x.Kind == "title-boundary");
        Assert.Equal(9, r.Repairs.Count(x => x.Kind is "glued-paragraph" or "sapo-boundary")); // 8 paragraphs and the by-line
    }

    private static string Hyphens(string s) => HyphenSpacing().Replace(s, " - ");

    [GeneratedRegex(@"\s*-\s*")]
    private static partial Regex HyphenSpacing();
}
