using Bantin.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.CharFilters;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bantin.Search.Tests;

public class VietnameseAnalyzerTests
{
    private static readonly VietnameseAnalyzer Analyzer = new();

    [Fact]
    public void Each_syllable_has_its_accented_and_folded_forms_and_words_span_their_syllables()
    {
        var tokens = AnalyzerAssert.WellFormed(Analyzer, "Liên doanh sản xuất ôtô.");
        Assert.Equal(
            ["liên", "lien", "liên_doanh", "lien_doanh", "doanh", "sản", "san", "sản_xuất", "san_xuat", "xuất", "xuat", "ôtô", "oto"],
            tokens.Select(t => t.Term));
        Assert.Equal([1, 0, 0, 0, 1, 1, 0, 0, 0, 1, 0, 1, 0], tokens.Select(t => t.Increment));
        Assert.Equal(2, tokens.Single(t => t.Term == "liên_doanh").Length);
        Assert.Equal((0, 10), (tokens[2].Start, tokens[2].End));
        Assert.DoesNotContain(tokens, t => t.Term == ".");
    }

    [Fact]
    public void Offsets_point_into_the_text_as_given()
    {
        const string text = "Hà\u00A0 Nội  có \u200Bôtô"; // no-break space, double spaces, a zero-width space
        var tokens = AnalyzerAssert.WellFormed(Analyzer, text);
        foreach (var t in tokens.Where(t => t.Type == "<syllable>"))
            Assert.Equal(t.Term, text[t.Start..t.End].ToLowerInvariant().Replace("\u200B", ""));
        var noi = tokens.First(t => t.Term == "nội");
        Assert.Equal("Nội", text[noi.Start..noi.End]);
    }

    [Fact]
    public void Decomposed_and_differently_toned_text_gives_the_same_terms()
    {
        var composed = AnalyzerAssert.WellFormed(Analyzer, "hòa bình khỏe").Select(t => t.Term);
        var otherPlacement = AnalyzerAssert.WellFormed(Analyzer, "hoà bình khoẻ").Select(t => t.Term);
        var decomposed = AnalyzerAssert.WellFormed(Analyzer, "ho\u0300a bi\u0300nh kho\u0309e").Select(t => t.Term);
        Assert.Equal(composed, otherPlacement);
        Assert.Equal(composed, decomposed);
    }

    [Fact]
    public void Offsets_stay_right_behind_an_HTML_stripping_char_filter()
    {
        const string html = "<p>Chủ tịch <b>Trần Đại Quang</b> &amp; Tổng thống</p>";
        var analyzer = new HtmlAnalyzer();
        var tokens = AnalyzerAssert.WellFormed(analyzer, html);
        var quang = tokens.First(t => t.Term == "quang");
        Assert.Equal("Quang", html[quang.Start..quang.End]);
        var tong = tokens.First(t => t.Term == "tổng");
        Assert.Equal("Tổng", html[tong.Start..tong.End]);
    }

    private sealed class HtmlAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) => new(new VietnameseTokenizer(reader));
        protected override TextReader InitReader(string fieldName, TextReader reader) => new HTMLStripCharFilter(reader);
    }

    [Fact]
    public void Surrogate_pairs_and_emoji_do_not_shift_offsets()
    {
        const string text = "😀 Hà Nội 𝕋 mưa 👨‍👩‍👧";
        var tokens = AnalyzerAssert.WellFormed(Analyzer, text);
        var mua = tokens.First(t => t.Term == "mưa");
        Assert.Equal("mưa", text[mua.Start..mua.End]);
        Assert.DoesNotContain(tokens, t => t.Term.Contains("😀"));
    }

    [Fact]
    public void The_stream_can_be_reused_for_many_values()
    {
        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(["một", "mot"], AnalyzerAssert.WellFormed(Analyzer, "Một").Select(t => t.Term));
            Assert.Empty(AnalyzerAssert.WellFormed(Analyzer, ""));
            Assert.Empty(AnalyzerAssert.WellFormed(Analyzer, " .,!? "));
        }
    }

    [Property(MaxTest = 200)]
    public Property Random_text_gives_a_well_formed_stream(NonNull<string> text)
    {
        AnalyzerAssert.WellFormed(Analyzer, text.Get);
        return true.ToProperty();
    }

    [Fact]
    public void Many_threads_get_the_same_tokens()
    {
        var texts = Enumerable.Range(0, 40).Select(i => $"Tổng Bí thư {i} hội kiến Thủ tướng Lý Khắc Cường tại Bắc Kinh ngày {i}/6.").ToArray();
        var expected = texts.Select(t => AnalyzerAssert.Tokens(Analyzer, t, out _)).ToArray();
        Parallel.For(0, texts.Length * 10, i =>
        {
            var got = AnalyzerAssert.Tokens(Analyzer, texts[i % texts.Length], out _);
            Assert.Equal(expected[i % texts.Length], got);
        });
    }
}
