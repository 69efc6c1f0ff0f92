using Bantin.Text.Pipeline;
using Bantin.Text.Segmentation;

namespace Bantin.Text.Tests.Segmentation;

/// <summary>The segmenter's API and the pipeline's word layer.</summary>
public class WordSegmenterTests
{
    [Fact]
    public void Words_point_into_the_text_and_count_their_units()
    {
        const string text = "Liên doanh sản xuất ôtô đầu tiên.";
        var words = WordSegmenter.Default.Segment(text);
        Assert.Equal(["Liên doanh", "sản xuất", "ôtô", "đầu tiên", "."], words.Select(w => text[w.Start..w.End]));
        Assert.Equal([2, 2, 1, 2, 1], words.Select(w => w.Units));
        Assert.Equal([true, true, false, true, false], words.Select(w => w.IsCompound));
    }

    [Fact]
    public void Tone_placement_does_not_change_the_words()
    {
        Assert.Equal(SegmentHash.Unit("khỏe"), SegmentHash.Unit("khoẻ"));
        Assert.Equal(SegmentHash.Unit("khỏe"), SegmentHash.Unit("KHỎE"));
        Assert.NotEqual(SegmentHash.Unit("khỏe"), SegmentHash.Unit("khoe"));
        Assert.NotEqual(SegmentHash.Unit("ma"), SegmentHash.Unit("mà"));
    }

    [Fact]
    public void The_pipeline_has_a_word_layer_with_offsets_back_to_the_original()
    {
        const string original = "Chủ tịch nước  Trần Đại Quang"; // two spaces: normalization shifts offsets
        var doc = TextPipeline.Default.Analyze(original);
        Assert.Equal(["Chủ tịch", "nước", "Trần Đại Quang"], doc.Words.Select(w => doc[w]));
        var name = doc.Words[2];
        var (start, end) = doc.ToOriginal(name.Start, name.End);
        Assert.Equal("Trần Đại Quang", original[start..end]);
        Assert.Same(doc.Words, doc.Words);
    }

    [Fact]
    public void Every_token_lies_in_exactly_one_word()
    {
        var doc = TextPipeline.Default.Analyze("Ông Nguyễn Văn H. (45 tuổi, ở Q.1) nhận 500 triệu USD ngày 26 - 28/6, tại TP. HCM.");
        foreach (var token in doc.Tokens)
        {
            // Amounts and spaced abbreviations are split into units at their spaces: each unit is in one word.
            if (doc[token].Contains(' ')) continue;
            Assert.Single(doc.Words, w => w.Start <= token.Start && token.End <= w.End);
            Assert.Single(doc.Words, w => w.Start < token.End && token.Start < w.End);
        }
        Assert.Contains(doc.Words, w => doc[w] == "Nguyễn Văn H.");
        Assert.Contains(doc.Words, w => doc[w] == "26 - 28/6");
        Assert.Contains(doc.Words, w => doc[w] == "USD");
        Assert.Contains(doc.Words, w => doc[w] == "HCM");
    }

    [Fact]
    public void Segmenting_from_many_threads_gives_the_same_words()
    {
        var texts = Enumerable.Range(0, 64).Select(i => $"Liên doanh thứ {i} sản xuất ôtô tại Thành phố Hồ Chí Minh.").ToArray();
        var expected = texts.Select(t => WordSegmenter.Default.Segment(t)).ToArray();
        int wrong = 0;
        Parallel.For(0, texts.Length * 8, i =>
        {
            if (!WordSegmenter.Default.Segment(texts[i % texts.Length]).SequenceEqual(expected[i % texts.Length])) Interlocked.Increment(ref wrong);
        });
        Assert.Equal(0, wrong);
    }
}
