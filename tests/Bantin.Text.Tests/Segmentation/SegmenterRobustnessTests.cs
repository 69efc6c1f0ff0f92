using System.Text;
using Bantin.Text.Normalization;
using Bantin.Text.Segmentation;
using Bantin.Text.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bantin.Text.Tests.Segmentation;

/// <summary>Hostile input never crashes the segmenter, and the output keeps every input character (white space aside).</summary>
public class SegmenterRobustnessTests
{
    private static string Segment(string line) => SegmentedLine.Format(line, TextNormalizer.Default, WordSegmenter.Default);

    /// <summary>The input's characters without white space; the joiner <c>_</c> is dropped on both sides.</summary>
    private static string Ink(string s)
    {
        var b = new StringBuilder(s.Length);
        foreach (char c in s)
            if (!char.IsWhiteSpace(c) && c != '_') b.Append(c);
        return b.ToString();
    }

    public static TheoryData<int> NaughtyIndexes()
    {
        var data = new TheoryData<int>();
        for (int i = 0; i < TextGenerators.Naughty.Length; i++) data.Add(i);
        return data;
    }

    [Theory]
    [MemberData(nameof(NaughtyIndexes))]
    public void Naughty_strings_keep_their_characters(int index)
    {
        var line = TextGenerators.Naughty[index].Replace('\n', ' ').Replace('\r', ' ');
        Assert.Equal(Ink(line), Ink(Segment(line)));
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(TextGenerators)])]
    public Property Random_text_keeps_its_characters(string text) =>
        (Ink(text) == Ink(Segment(text))).Label($"input: {string.Join(' ', text.Select(c => ((int)c).ToString("X4")))}");

    [Property(MaxTest = 200, Arbitrary = [typeof(TextGenerators)])]
    public Property Words_tile_the_tokens_in_order(string text)
    {
        var normalized = TextNormalizer.Default.Normalize(text).Text;
        var words = WordSegmenter.Default.Segment(normalized);
        bool ordered = words.Zip(words.Skip(1)).All(p => p.First.End <= p.Second.Start);
        bool inside = words.All(w => w.Start >= 0 && w.End <= normalized.Length && w.Length > 0 && w.Units >= 1);
        var covered = string.Concat(words.Select(w => normalized.Substring(w.Start, w.Length)));
        return (ordered && inside && Ink(covered) == Ink(normalized)).ToProperty();
    }

    [Fact]
    public void A_one_megabyte_line_is_segmented_whole()
    {
        var sentence = "Liên doanh sản xuất ôtô đầu tiên giữa hai nước lắp ráp xe Minsk ở Việt Nam, dự kiến hoạt động vào cuối năm nay. ";
        var line = string.Concat(Enumerable.Repeat(sentence, 1_000_000 / sentence.Length + 1));
        var output = Segment(line);
        Assert.Equal(Ink(line), Ink(output));
        Assert.StartsWith("Liên_doanh sản_xuất ôtô đầu_tiên", output);
        Assert.EndsWith("cuối năm nay .", output);
    }

    [Fact]
    public void A_megabyte_without_punctuation_is_cut_into_chunks_without_losing_text()
    {
        var line = string.Concat(Enumerable.Repeat("hợp tác phát triển ", 60_000));
        var output = Segment(line);
        Assert.Equal(Ink(line), Ink(output));
        Assert.Contains("hợp_tác phát_triển hợp_tác", output);
    }

    [Theory]
    [InlineData("Học sinh 😀 học 中文 và tiếng Việt", "😀")]
    [InlineData("Thủ tướng Владимир Путин thăm Hà Nội", "Владимир")]
    [InlineData("giá 1.000đ\u200B/kg", "\u200B")]
    public void Mixed_scripts_and_invisible_characters_stay(string line, string kept)
    {
        var output = Segment(line);
        Assert.Contains(kept, output);
        Assert.Equal(Ink(line), Ink(output));
    }

    [Fact]
    public void Decomposed_input_is_segmented_like_composed_input_and_kept_as_written()
    {
        var decomposed = "Lie\u0302n doanh sa\u0309n xua\u0302\u0301t".Normalize(NormalizationForm.FormD);
        var output = Segment(decomposed);
        Assert.Equal(Ink(decomposed), Ink(output));
        Assert.Equal(2, output.Count(c => c == ' ') + 1);
    }
}
