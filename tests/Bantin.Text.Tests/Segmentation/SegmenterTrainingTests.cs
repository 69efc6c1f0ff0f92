using System.IO.Compression;
using Bantin.Text.Segmentation;
using Bantin.Text.Segmentation.Training;

namespace Bantin.Text.Tests.Segmentation;

/// <summary>Training on a small fixture: deterministic bytes, a model that learns its data, clear errors on bad files.</summary>
public sealed class SegmenterTrainingTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bantin-seg-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static readonly string[] Fixture =
    [
        "Liên_doanh sản_xuất ôtô đầu_tiên giữa hai nước .",
        "Hai nước đang xúc_tiến thành_lập liên_doanh .",
        "Chủ_tịch nước Trần_Đại_Quang hội_đàm với Tổng_thống Belarus .",
        "Học_sinh được nghỉ học vì thời_tiết xấu .",
        "Người dân cần có ý_thức bảo_vệ môi_trường .",
    ];

    private byte[] Train(int seed = 1)
    {
        var words = Path.Combine(_dir, "words.txt");
        File.WriteAllLines(words, ["# listed words", "liên doanh", "sản xuất", "thời tiết"]);
        var sentences = Fixture.Select(SegmentedSentence.FromUnderscored).ToList();
        using var stream = new MemoryStream();
        SegmenterTrainer.Train(sentences, new WordLexiconSource().AddListed(words), new SegmenterTrainingOptions { Epochs = 10, Seed = seed }, stream);
        return stream.ToArray();
    }

    [Fact]
    public void The_same_data_and_seed_give_the_same_bytes() => Assert.Equal(Train(), Train());

    [Fact]
    public void The_trained_model_segments_its_training_sentences()
    {
        var segmenter = WordSegmenter.Load(new MemoryStream(Train()));
        foreach (var line in Fixture)
        {
            var sentence = SegmentedSentence.FromUnderscored(line);
            var output = SegmentedLine.Format(sentence.RawText, Bantin.Text.Normalization.TextNormalizer.Default, segmenter);
            Assert.Equal(line, output);
        }
    }

    [Fact]
    public void A_file_that_is_not_a_model_is_refused_with_a_message()
    {
        using var bytes = new MemoryStream();
        using (var gzip = new GZipStream(bytes, CompressionLevel.Fastest, leaveOpen: true)) gzip.Write("not a model"u8);
        bytes.Position = 0;
        var e = Assert.Throws<InvalidDataException>(() => WordSegmenter.Load(bytes));
        Assert.Contains("segmenter model", e.Message);
    }

    [Fact]
    public void A_truncated_model_is_refused()
    {
        var model = Train();
        Assert.Throws<InvalidDataException>(() => WordSegmenter.Load(new MemoryStream(model[..(model.Length / 2)])));
    }

    [Fact]
    public void Underscored_sentences_round_trip()
    {
        var sentence = SegmentedSentence.FromUnderscored("Liên_doanh  sản_xuất ôtô .");
        Assert.Equal(["Liên", "doanh", "sản", "xuất", "ôtô", "."], sentence.Units);
        Assert.Equal([false, true, false, true, false, false], sentence.Joins);
        Assert.Equal("Liên_doanh sản_xuất ôtô .", sentence.ToString());
        Assert.Equal("Liên doanh sản xuất ôtô .", sentence.RawText);
    }

    [Fact]
    public void CoNLL_U_words_with_spaces_become_one_word()
    {
        var path = Path.Combine(_dir, "a.conllu");
        File.WriteAllText(path, string.Join('\n',
            "# sent_id = 1", "# text = Thanh bắt chuyện với Hùng .",
            "1\tThanh\tThanh\tPROPN\tNp\t_\t2\tnsubj\t_\t_",
            "2\tbắt chuyện\tbắt chuyện\tVERB\tV\t_\t0\troot\t_\t_",
            "3\tvới\tvới\tADP\tE\t_\t4\tcase\t_\t_",
            "4\tHùng\tHùng\tPROPN\tNp\t_\t2\tobl\t_\t_",
            "5\t.\t.\tPUNCT\tCH\t_\t2\tpunct\t_\t_", "", ""));
        var sentence = Assert.Single(SegmentedCorpus.Read(path));
        Assert.Equal("Thanh bắt_chuyện với Hùng .", sentence.ToString());
    }

    [Fact]
    public void A_malformed_CoNLL_U_line_is_reported_with_its_line_number()
    {
        var path = Path.Combine(_dir, "bad.conllu");
        File.WriteAllText(path, "# text = x\n1\tx\tx\n\n");
        var e = Assert.Throws<FormatException>(() => SegmentedCorpus.ReadConllu(path).ToList());
        Assert.Contains("bad.conllu:2", e.Message);
    }
}
