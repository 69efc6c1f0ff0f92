using Bantin.Text.Evaluation;
using Bantin.Text.Segmentation.Training;

namespace Bantin.Text.Tests.Segmentation;

/// <summary>The scorer counts as tools/ws_eval.py does (figures worked out by hand).</summary>
public class SegmentationScoreTests
{
    private static List<IReadOnlyList<string>> Words(string underscored) =>
        SegmentedSentence.FromUnderscored(underscored).Words().Select(w => (IReadOnlyList<string>)w).ToList();

    [Fact]
    public void Counts_words_compounds_and_exact_sentences()
    {
        var score = new SegmentationScore();
        Assert.True(score.Add(Words("Liên_doanh sản_xuất ôtô"), Words("Liên_doanh sản_xuất ôtô")));
        Assert.False(score.Add(Words("hai nước đang xúc_tiến"), Words("hai_nước đang xúc tiến")));
        // gold words 3 + 4 = 7, predicted 3 + 4 = 7, correct 3 + 1 (đang) = 4
        Assert.Equal(7, score.GoldWords);
        Assert.Equal(7, score.PredictedWords);
        Assert.Equal(4, score.Correct);
        Assert.Equal(4.0 / 7, score.F1, 10);
        // compounds: gold 2 + 1 = 3, predicted 2 + 1 = 3, correct 2
        Assert.Equal(2.0 / 3, score.CompoundF1, 10);
        Assert.Equal(0.5, score.ExactMatch);
    }

    [Fact]
    public void Case_and_composition_do_not_matter_but_different_text_does()
    {
        var score = new SegmentationScore();
        Assert.True(score.Add(Words("LIÊN_DOANH"), Words("Lie\u0302n_doanh")));
        Assert.False(score.Add(Words("liên_doanh"), Words("liên_danh")));
        Assert.Equal(1, score.MismatchedSentences);
        Assert.Equal(1, score.Correct);
    }
}
