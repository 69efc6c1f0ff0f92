using Bantin.Text.Syllables;
using Bantin.Text.Tests.Infrastructure;
using Bantin.Text.Tokens;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bantin.Text.Tests.Tokens;

/// <summary>The memo must answer exactly as the parser it stands in for.</summary>
public class SyllableCacheTests
{
    [Fact]
    public void Agrees_with_the_parser_on_the_syllable_cases()
    {
        foreach (var c in CaseFile.Load("Syllables/validity.cases"))
            for (int round = 0; round < 2; round++) // the second round is answered from the cache
                Assert.True(SyllableParser.IsValid(c.Input) == SyllableCache.IsValid(c.Input), c.ToString());
    }

    private const string Letters =
        "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵfjwzAĐƯ";

    [Property(MaxTest = 5000)]
    public Property Agrees_with_the_parser_on_random_letter_strings() =>
        Prop.ForAll(Gen.Elements(Letters.ToCharArray()).ListOf().Select(cs => new string(cs.ToArray())).ToArbitrary(), word =>
        {
            Assert.Equal(SyllableParser.IsValid(word), SyllableCache.IsValid(word));
            Assert.Equal(SyllableParser.IsValid(word), SyllableCache.IsValid(word));
        });
}
