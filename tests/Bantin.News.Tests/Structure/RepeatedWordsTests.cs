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

    [Fact]
    public void Pieces_inside_other_words_are_passed_over_up_to_a_bound()
    {
        // The word stands alone after n places where it sits inside a longer word: found while n is within the bound.
        static string Text(int n) => "SpillOver " + string.Concat(Enumerable.Repeat("xSpillOvery ", n)) + "SpillOver";
        Assert.True(RepeatedWords.OccursElsewhere(Text(RepeatedWords.MaxEmbedded - 1), 0, 9));
        Assert.False(RepeatedWords.OccursElsewhere(Text(RepeatedWords.MaxEmbedded + 1), 0, 9));
    }

    [Fact]
    public void A_run_longer_than_a_name_is_not_looked_for()
    {
        string name = new string('a', 20) + "Bc";
        string run = new string('a', RepeatedWords.MaxWord + 1) + "Bc";
        Assert.True(RepeatedWords.RunOccursElsewhere($"{name} và {name}", name.Length - 2));
        Assert.False(RepeatedWords.RunOccursElsewhere($"{run} và {run}", run.Length - 2));
    }
}
