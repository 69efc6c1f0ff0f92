using Bantin.Text.Syllables;
using Bantin.Text.Tests.Infrastructure;

namespace Bantin.Text.Tests.Syllables;

public class SyllableParserTests
{
    public static TheoryData<CaseFile.Case> Validity => CaseFile.Data("Syllables/validity.cases");

    [Theory]
    [MemberData(nameof(Validity))]
    public void Validity_matches_case_file(CaseFile.Case c)
    {
        bool expected = c.Expected switch
        {
            "valid" => true,
            "invalid" => false,
            _ => throw new FormatException($"{c}: expected 'valid' or 'invalid'"),
        };
        Assert.Equal(expected, SyllableParser.IsValid(c.Input));
    }

    [Theory]
    [InlineData("hòa", 1, 1, 2)]   // h|oa: old on o (index 1), new on a (index 2)
    [InlineData("thủy", 2, 2, 3)]
    [InlineData("hoàn", 2, 2, 2)]
    [InlineData("quý", 2, 2, 2)]
    [InlineData("giá", 2, 2, 2)]
    [InlineData("người", 3, 3, 3)]
    [InlineData("khuỷu", 3, 3, 3)]
    public void Tone_positions(string word, int toneIndex, int oldIndex, int newIndex)
    {
        Assert.True(SyllableParser.TryParse(word, out var s));
        Assert.Equal(toneIndex, s.ToneIndex);
        Assert.Equal(oldIndex, s.OldToneIndex);
        Assert.Equal(newIndex, s.NewToneIndex);
    }

    [Fact]
    public void Misplaced_tone_is_reported_invalid_placement()
    {
        Assert.True(SyllableParser.TryParse("lựơng", out var s));
        Assert.False(s.IsTonePlacementValid);
        Assert.Equal(2, s.OldToneIndex); // l|ư|ơ: the tone belongs on ơ
    }
}
