using Bantin.Testing;
using Bantin.Text.Normalization;
using Bantin.Text.Segmentation;

namespace Bantin.Text.Tests.Segmentation;

/// <summary>The golden cases of Cases/Segmentation: raw line in, the shipped model's underscore form out.</summary>
public class SegmentationCaseTests
{
    public static TheoryData<CaseFile.Case> Cases => CaseFile.Data(
        Directory.GetFiles(Path.Combine(CaseFile.CasesDirectory, "Segmentation"), "*.cases")
            .Select(path => Path.GetRelativePath(CaseFile.CasesDirectory, path)).Order(StringComparer.Ordinal).ToArray());

    [Theory]
    [MemberData(nameof(Cases))]
    public void Segments_as_expected(CaseFile.Case c) =>
        Assert.Equal(c.Expected, SegmentedLine.Format(c.Input, TextNormalizer.Default, WordSegmenter.Default));
}
