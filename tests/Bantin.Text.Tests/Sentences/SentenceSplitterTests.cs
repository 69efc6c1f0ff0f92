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

    [Theory]
    [InlineData("Vụ việc của ông N.Q.D. Sau đó được làm rõ.", "Vụ việc của ông N.Q.D. Sau đó được làm rõ.")]
    [InlineData("Sài Gòn… Khi phim hoàn thành", "Sài Gòn… | Khi phim hoàn thành")]
    [InlineData("Tôi đi... Anh ở lại.", "Tôi đi... | Anh ở lại.")] // "Anh" after "…" is as often England in a list
    [InlineData("Theo GS. Ngô Bảo Châu, toán học rất đẹp.", "Theo GS. Ngô Bảo Châu, toán học rất đẹp.")]
    public void Rules_alone_decide_without_a_model(string input, string expected)
    {
        var sentences = SentenceSplitter.Split(input, model: null).Select(s => input.Substring(s.Start, s.Length));
        Assert.Equal(expected, string.Join(" | ", sentences));
    }

    [Theory]
    [InlineData("Theo GS. Ngô Bảo Châu, toán học rất đẹp.")]
    [InlineData("Đã tìm thấy thi thể cháu Tr. bị giấu ở góc vườn.")]
    [InlineData("Anh hỏi \"Singapore ở đâu?\" là câu hỏi khó.")]
    [InlineData("Hàng hoá, máy móc v.v. đều tăng giá.")]
    public void The_model_never_splits_before_a_lower_case_word_or_after_a_listed_title(string input)
    {
        // The training corpus was cut at such places by its own splitter; the model is not asked there.
        Assert.Single(SentenceSplitter.Split(input));
    }

    [Fact]
    public void Spans_are_trimmed_ordered_and_cover_all_text()
    {
        const string text = "  Một.  Hai!\n\nBa?  ";
        var spans = SentenceSplitter.Split(text);
        Assert.Equal(["Một.", "Hai!", "Ba?"], spans.Select(s => text.Substring(s.Start, s.Length)));
        for (int i = 1; i < spans.Count; i++) Assert.True(spans[i].Start >= spans[i - 1].End);
    }

    [Fact]
    public void A_megabyte_of_glued_sentences_without_spaces_is_split_whole()
    {
        // Each candidate reads its words within a bounded window; reading back to the last space made this quadratic.
        string text = string.Concat(Enumerable.Repeat("Giao.Hai", 1 << 17));
        Assert.Equal(1 << 17, SentenceSplitter.Split(text, model: null).Count - 1);
        var spans = SentenceSplitter.Split(text);
        Assert.Equal(0, spans[0].Start);
        Assert.Equal(text.Length, spans[^1].End);
        for (int i = 1; i < spans.Count; i++) Assert.Equal(spans[i - 1].End, spans[i].Start);
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
