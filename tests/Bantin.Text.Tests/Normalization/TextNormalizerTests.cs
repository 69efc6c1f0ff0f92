using System.Text;
using Bantin.Text.Normalization;
using Bantin.Text.Tests.Infrastructure;

namespace Bantin.Text.Tests.Normalization;

public class TextNormalizerTests
{
    [Fact]
    public void Changes_point_into_the_original_text()
    {
        const string input = "Như Tâm  (Video:  VTV )";
        var r = TextNormalizer.Default.Normalize(input);
        Assert.Equal("Như Tâm (Video: VTV)", r.Text);
        Assert.All(r.Changes, ch => Assert.Equal(ch.Original, input.Substring(ch.Start, ch.Length)));
        Assert.Equal([ChangeKind.Space, ChangeKind.Space, ChangeKind.PunctuationSpace], r.Changes.Select(ch => ch.Kind));
        Assert.Equal([7, 16, 21], r.Changes.Select(ch => ch.Start));
    }

    [Fact]
    public void Split_syllable_is_reported_with_its_original_span()
    {
        const string input = "\"MAZ Asia\", l iên doanh";
        var r = TextNormalizer.Default.Normalize(input);
        var ch = Assert.Single(r.Changes);
        Assert.Equal(ChangeKind.SplitSyllable, ch.Kind);
        Assert.Equal("l iên", ch.Original);
        Assert.Equal("liên", ch.Replacement);
        Assert.Equal(input.IndexOf("l iên", StringComparison.Ordinal), ch.Start);
    }

    [Fact]
    public void Offsets_map_back_across_several_passes()
    {
        // decomposed span + double space + split syllable: three passes change the text
        const string input = "Die\u0302\u0303n  đàn l iên doanh";
        var r = TextNormalizer.Default.Normalize(input);
        Assert.Equal("Diễn đàn liên doanh", r.Text);
        int doanh = r.Text.IndexOf("doanh", StringComparison.Ordinal);
        Assert.Equal(input.IndexOf("doanh", StringComparison.Ordinal), r.Map.ToOriginalStart(doanh));
        int dan = r.Text.IndexOf("đàn", StringComparison.Ordinal);
        Assert.Equal(input.IndexOf("đàn", StringComparison.Ordinal), r.Map.ToOriginalStart(dan));
        // "Diễn" spans the whole decomposed sequence in the original
        Assert.Equal(0, r.Map.ToOriginalStart(0));
        Assert.Equal(6, r.Map.ToOriginalEnd(4));
        Assert.Equal(input.Length, r.Map.ToOriginalEnd(r.Text.Length));
    }

    [Fact]
    public void Glued_sentences_are_reported_without_changing_the_text()
    {
        const string input = "theo thông cáo của Bộ Ngoại giao.Hai nước cũng đang phấn đấu tại TP.HCM và Q.1 năm 2017.Tổng thống (COC).Chủ tịch";
        var r = TextNormalizer.Default.Normalize(input);
        Assert.Equal(input, r.Text);
        var glued = r.Changes.Where(c => c.Kind == ChangeKind.GluedSentence).Select(c => input[(c.Start + c.Length)..][..3]).ToArray();
        Assert.Equal(["Hai", "Tổn", "Chủ"], glued);
    }

    [Fact]
    public void Glued_sentences_are_what_the_sentence_splitter_cuts()
    {
        // The report asks the splitter's own rule (BoundaryRules.IsGluedStart): an interview's dash touching its first
        // word starts a sentence; an abbreviation before a capital does not.
        const string input = "Anh vừa trò chuyện với VnExpress.-Anh có thể giới thiệu album mới?-Album gồm 10 ca khúc ở TP.Hồ Chí Minh.";
        var r = TextNormalizer.Default.Normalize(input);
        var glued = r.Changes.Where(c => c.Kind == ChangeKind.GluedSentence).Select(c => input[(c.Start + c.Length)..][..4]).ToArray();
        Assert.Equal(["-Anh", "-Alb"], glued);
        Assert.Equal(
            ["Anh vừa trò chuyện với VnExpress.", "-Anh có thể giới thiệu album mới?", "-Album gồm 10 ca khúc ở TP.Hồ Chí Minh."],
            Bantin.Text.Sentences.SentenceSplitter.Split(input).Select(s => input.Substring(s.Start, s.Length)).ToArray());
    }

    [Fact]
    public void Unchanged_text_is_returned_as_is()
    {
        const string input = "Tổng Bí thư Nguyễn Phú Trọng hội kiến Thủ tướng Trung Quốc.";
        var r = TextNormalizer.Default.Normalize(input);
        Assert.Same(input, r.Text);
        Assert.Empty(r.Changes);
        Assert.True(r.Map.IsIdentity);
    }

    [SkippableFact]
    public void Seed_000_normalizes_its_known_defects()
    {
        var seed = SharedData.Seed("000_a2b4efcf6e89c171.txt");
        Skip.If(seed is null, SharedData.MissingReason);
        var r = TextNormalizer.Default.Normalize(seed);
        Assert.True(r.Text.IsNormalized(NormalizationForm.FormC));
        Assert.Contains("Diễn đàn Hợp tác Kinh tế châu Á - Thái Bình Dương (APEC) 2017", r.Text);
        Assert.Contains("\"MAZ Asia\", liên doanh", r.Text);
        Assert.Contains("28/6, Chủ tịch", r.Text);
        Assert.DoesNotContain("  ", r.Text);
        Assert.Contains(r.Changes, c => c.Kind == ChangeKind.Compose);
        Assert.Contains(r.Changes, c => c.Kind == ChangeKind.SplitSyllable && c.Original == "l iên");
        Assert.True(r.Changes.Count(c => c.Kind == ChangeKind.GluedSentence) >= 8);
    }
}

public class TextPipelineLimitTests
{
    [Fact]
    public void Text_over_the_limit_is_refused_with_a_clear_message()
    {
        var huge = new string('a', Bantin.Text.Pipeline.TextPipeline.MaxTextLength + 1);
        var e = Assert.Throws<ArgumentException>(() => Bantin.Text.Pipeline.TextPipeline.Default.Analyze(huge));
        Assert.Contains("exceeds the limit", e.Message);
    }
}
