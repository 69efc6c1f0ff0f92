using Bantin.News.Structure;

namespace Bantin.News.Tests.Structure;

/// <summary>The hand-written glue rules alone (no model), where they bound their look-around.</summary>
public class GlueFinderTests
{
    private static List<int> Starts(string t) => [.. GlueFinder.Find(t, StraightQuotes.Closing(t)).Select(g => g.Start)];

    [Fact]
    public void A_heading_ends_with_a_word_not_with_a_run_of_letters_longer_than_any_name()
    {
        // The word before a glued capital is read back at most 40 letters, so a long run of capitals costs linear time.
        string word = "Giá vàng hôm nay tăng ở MinskLiên doanh mới.";
        string run = "Giá vàng hôm nay tăng ở " + new string('k', 41) + "Liên doanh mới.";
        Assert.Contains(word.IndexOf("Liên", StringComparison.Ordinal), Starts(word));
        Assert.DoesNotContain(run.IndexOf("Liên", StringComparison.Ordinal), Starts(run));
    }
}
