using Bantin.News.Structure;

namespace Bantin.News.Tests.Structure;

public class RepeatedWordsTests
{
    [Theory]
    [InlineData("vắc xin SpillOver, rồi SpillOver.", true)]
    [InlineData("vắc xin SpillOver, rồi SpillOvers.", false)]     // inside a longer word: not the same word
    [InlineData("vắc xin SpillOver, rồi MySpillOver.", false)]
    [InlineData("vắc xin SpillOver.", false)]                     // only itself
    public void A_word_occurs_elsewhere_only_as_a_whole_word(string text, bool expected) =>
        Assert.Equal(expected, RepeatedWords.OccursElsewhere(text, 8, 17));

    [Fact]
    public void The_search_stays_within_a_window_so_long_input_costs_linear_time()
    {
        // A 64 MB input of words run together would otherwise search the whole text at every candidate.
        string near = "SpillOver " + new string('x', RepeatedWords.Window - 20) + " SpillOver";
        string far = "SpillOver " + new string('x', RepeatedWords.Window + 20) + " SpillOver";
        Assert.True(RepeatedWords.OccursElsewhere(near, 0, 9));
        Assert.False(RepeatedWords.OccursElsewhere(far, 0, 9));
    }
}
