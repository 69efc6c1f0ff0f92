using Bantin.Text.Normalization;
using Bantin.Text.Tests.Infrastructure;

namespace Bantin.Text.Tests.Normalization;

/// <summary>Runs the readable spec files under Cases/Normalization.</summary>
public class NormalizerCaseTests
{
    public static TheoryData<CaseFile.Case> Cases => CaseFile.Data(
        "Normalization/unicode.cases", "Normalization/tone-keep.cases", "Normalization/tone-old.cases",
        "Normalization/tone-new.cases", "Normalization/repairs.cases", "Normalization/legacy.cases");

    public static TheoryData<CaseFile.Case> Folding => CaseFile.Data("Normalization/folding.cases");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Normalizes_as_specified(CaseFile.Case c)
    {
        var options = NormalizerOptions.Default with
        {
            Tone = Enum.Parse<ToneStyle>(c.Option("tone", "keep"), ignoreCase: true),
            From = Enum.Parse<SourceEncoding>(c.Option("from", "auto"), ignoreCase: true),
        };
        var result = new TextNormalizer(options).Normalize(c.Input);
        Assert.Equal(c.Expected, result.Text);
        Assert.Equal(c.Input != c.Expected, result.Changes.Any(ch => ch.Kind != ChangeKind.GluedSentence));
    }

    [Theory]
    [MemberData(nameof(Folding))]
    public void Folds_as_specified(CaseFile.Case c) => Assert.Equal(c.Expected, DiacriticFolder.Fold(c.Input));
}
