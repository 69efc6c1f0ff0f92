using Bantin.News.Structure.Learning;

namespace Bantin.News.Tests.Structure.Learning;

public class BoundaryFeaturesTests
{
    [Fact]
    public void Hashes_are_stable_across_processes()
    {
        // FNV-1a, not string.GetHashCode (randomized per process): a shipped model must mean the same everywhere.
        Assert.Equal(FeatureHash.Of(Template.RightWord, 2, "Năm"), FeatureHash.Of(Template.RightWord, 2, "năm"));
        Assert.NotEqual(FeatureHash.Of(Template.RightWord, 2, "Năm"), FeatureHash.Of(Template.RightWord, 1, "năm"));
        Assert.NotEqual(FeatureHash.Of(Template.LeftWord, "năm"), FeatureHash.Of(Template.RightWord, "năm"));
        Assert.NotEqual(FeatureHash.Of(Template.PiecePair, "ab", "c"), FeatureHash.Of(Template.PiecePair, "a", "bc"));
        Assert.Equal(0xFB69B604u, FeatureHash.Of(Template.Bias));                             // pinned: the model depends on it
    }

    [Fact]
    public void Features_describe_the_candidate_and_its_context()
    {
        var input = new BoundaryInput("Giá vàng tăngGiá vàng SJC tăng 200.000 đồng.Ông Nam cho biết.", hasHead: true);
        Span<uint> f = stackalloc uint[BoundaryFeatures.MaxCount];
        int at = input.Text.IndexOf("Ông", StringComparison.Ordinal);
        int n = BoundaryFeatures.Extract(input, at, BoundaryFeatures.Verdict(input.RuleGlues[^1], false), 1, 13, f);
        var features = f[..n].ToArray();
        Assert.Contains(FeatureHash.Of(Template.Bias), features);
        Assert.Contains(FeatureHash.Of(Template.Rule, 1), features);                 // sentence punctuation glue
        Assert.Contains(FeatureHash.Of(Template.RightWord, 2, "Ông"), features);
        Assert.Contains(FeatureHash.Of(Template.LeftWord, 1, "đồng"), features);
        Assert.Equal(features.Length, features.Distinct().Count());
    }

    [Theory]
    [InlineData("Công cụ SpillOver xếp hạng virusCác nhà khoa học công bố SpillOver.Minh Anh", "Over", 1)]  // written whole again
    [InlineData("Việt Nam - Belarus lập liên doanh ôtô MinskLiên doanh đầu tiên giữa hai nước.Trọng Giáp", "Liên", 0)]
    public void A_glued_word_says_whether_the_text_writes_it_whole_elsewhere(string text, string right, int repeats)
    {
        var input = new BoundaryInput(text, hasHead: true);
        Span<uint> f = stackalloc uint[BoundaryFeatures.MaxCount];
        int at = text.IndexOf(right, StringComparison.Ordinal);
        var features = f[..BoundaryFeatures.Extract(input, at, 5, 0, 0, f)].ToArray();
        int pair = WordShape.Class(text[at - 1]) << 8 | WordShape.Class(text[at]);
        Assert.Contains(FeatureHash.Of(Template.WordRepeats, pair << 1 | repeats), features);
        Assert.DoesNotContain(FeatureHash.Of(Template.WordRepeats, pair << 1 | (1 - repeats)), features);
    }

    [Theory]
    [InlineData("")]
    [InlineData("A")]
    [InlineData("\"\"\"\"\"")]
    [InlineData("\u00A0\u00A0X")]
    [InlineData("a.B.C.D.E.F.G")]
    [InlineData("ĐƯỜNG DÂY NÓNG1900 1234Hotline- Số 5")]
    public void Every_candidate_of_odd_text_fits_the_buffer(string text)
    {
        var long_ = string.Concat(Enumerable.Repeat(text + "Xy.\"Z(", 200));
        foreach (var t in new[] { text, long_ })
        {
            if (t.Length < 2) continue;
            var input = new BoundaryInput(t, hasHead: true);
            int visited = 0;
            BoundaryWalk.Run(input, (_, _, features) =>
            {
                visited++;
                Assert.InRange(features.Length, 1, BoundaryFeatures.MaxCount);
                return 1;
            });
            Assert.True(visited >= 0);
        }
    }
}
