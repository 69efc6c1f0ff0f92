using Bantin.Text.Lexicons;

namespace Bantin.Text.Tests;

public class CamelCaseNamesTests
{
    [Theory]
    [InlineData("Vin", "Fast")]       // listed
    [InlineData("Vietin", "Bank")]    // listed
    [InlineData("Vin", "Wonders")]    // not listed; "Vin" fronts a brand family
    [InlineData("Grab", "Food")]
    public void Brands_join(string front, string rest) => Assert.True(CamelCaseNames.Joins(front, rest));

    [Theory]
    [InlineData("Trắng", "Melania")]  // a title ending in a name, a sapo starting with one
    [InlineData("Nga", "Israel")]
    [InlineData("Mc", "Nguyễn")]      // fronts shorter than three letters are not families
    public void Other_words_run_together_do_not(string front, string rest) => Assert.False(CamelCaseNames.Joins(front, rest));

    [Fact]
    public void The_list_loads() => Assert.Equal(701, CamelCaseNames.Count);
}
