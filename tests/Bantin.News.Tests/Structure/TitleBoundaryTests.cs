using Bantin.News.Structure;

namespace Bantin.News.Tests.Structure;

/// <summary>Where a title may end without a glue (the weak ends the model then judges).</summary>
public class TitleBoundaryTests
{
    private static List<int> WeakEnds(string text) => [.. TitleBoundary.FindAll(text, text.Length, StraightQuotes.Closing(text))];

    [Theory]
    // Written once, "Spill|Over" may be a title run into a sapo that opens with a foreign name; written whole again
    // later, it is one word (RepeatedWords), also when it ends the title ("SpillOverCác" asks about "SpillOver").
    [InlineData("Công cụ SpillOver xếp hạng nguy cơ virus lây sang ngườiCác nhà khoa học công bố công cụ.", "Over", true)]
    [InlineData("Công cụ SpillOver xếp hạng nguy cơ virus lây sang ngườiCác nhà khoa học công bố SpillOver.", "Over", false)]
    [InlineData("Các nhà khoa học công bố công cụ SpillOverCông cụ xếp hạng nguy cơ virus lây sang người.", "Over", true)]
    [InlineData("Các nhà khoa học công bố công cụ SpillOverCông cụ SpillOver xếp hạng nguy cơ virus.", "Over", false)]
    public void A_glued_word_written_whole_elsewhere_is_no_title_end(string text, string at, bool weakEnd) =>
        Assert.Equal(weakEnd, WeakEnds(text).Contains(text.IndexOf(at, StringComparison.Ordinal)));
}
