using Bantin.Text.Sentences;
using Bantin.Text.Tests.Infrastructure;

namespace Bantin.Text.Tests.Sentences;

public class SentenceSplitterTests
{
    public static TheoryData<CaseFile.Case> Cases => CaseFile.Data("Sentences/splitting.cases");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Splits_as_specified(CaseFile.Case c)
    {
        var sentences = SentenceSplitter.Split(c.Input).Select(s => c.Input.Substring(s.Start, s.Length));
        Assert.Equal(c.Expected, string.Join(" | ", sentences));
    }

    [Fact]
    public void Spans_are_trimmed_ordered_and_cover_all_text()
    {
        const string text = "  Một.  Hai!\n\nBa?  ";
        var spans = SentenceSplitter.Split(text);
        Assert.Equal(["Một.", "Hai!", "Ba?"], spans.Select(s => text.Substring(s.Start, s.Length)));
        for (int i = 1; i < spans.Count; i++) Assert.True(spans[i].Start >= spans[i - 1].End);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("...")]
    [InlineData(".")]
    [InlineData("?!?!")]
    [InlineData("\n\n\n")]
    [InlineData("\"")]
    [InlineData("A.")]
    [InlineData(". A")]
    public void Degenerate_input_does_not_throw(string text)
    {
        var spans = SentenceSplitter.Split(text);
        Assert.All(spans, s => Assert.InRange(s.End, s.Start + 1, text.Length));
    }
}
