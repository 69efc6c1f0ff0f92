using Bantin.News.Evaluation;
using Bantin.News.Structure;
using Bantin.News.Structure.Learning;

namespace Bantin.News.Tests.Structure.Learning;

public class BoundaryTrainerTests
{
    private static byte[] Bytes(BoundaryModel model)
    {
        using var stream = new MemoryStream();
        model.Write(stream);
        return stream.ToArray();
    }

    [Fact]
    public void Training_is_deterministic()
    {
        var file = TrainingFixture.Write();
        try
        {
            var first = Bytes(BoundaryTraining.Train(file, epochs: 2));
            var second = Bytes(BoundaryTraining.Train(file, epochs: 2));
            Assert.Equal(first, second);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void The_noise_seed_defaults_to_the_shipped_one_and_another_seed_fuses_other_noise()
    {
        var file = TrainingFixture.Write();
        try
        {
            var shipped = Bytes(BoundaryTraining.Train(file, epochs: 2));
            Assert.Equal(shipped, Bytes(BoundaryTraining.Train([new TrainingSource(file)], int.MaxValue, 2, heldOut: 0, noiseSeed: 1001)));
            Assert.NotEqual(shipped, Bytes(BoundaryTraining.Train([new TrainingSource(file)], int.MaxValue, 2, heldOut: 0, noiseSeed: 2001)));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void A_model_trained_on_fused_articles_reads_them_back()
    {
        var file = TrainingFixture.Write();
        try
        {
            var lines = new List<string>();
            var model = BoundaryTraining.Train(file, epochs: 3, log: lines.Add);
            Assert.Equal(3, lines.Count);
            Assert.All(lines, l => Assert.StartsWith("pass ", l));
            var score = new ReadScore();
            foreach (var a in ArticleFuser.FromJsonl(file, noise: true))
            {
                var r = StructureRecovery.Recover(a.Raw, model);
                score.Add(a, r.Title, r.Sapo, r.Body, r.Author);
            }
            Assert.True(score.BoundaryF1 > 0.98, $"boundary F1 {score.BoundaryF1:F4}");
            Assert.True(score.Body > 0.9, $"body exact {score.Body:F4}");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Gold_cuts_map_to_the_cleaned_text()
    {
        // "Tiêu đề" in decomposed form: the light clean-up composes it, so raw and cleaned offsets differ.
        string title = "Tie\u0302u đe\u0302\u0300 mới", sapo = "Đoạn mở đầu.";
        string raw = title + sapo + "Đoạn một.";
        var light = FusedTextParser.Light.Normalize(raw);
        var gold = BoundaryTrainer.GoldPositions([title.Length, title.Length + sapo.Length], light.Map, light.Text.Length);
        Assert.Equal(["Tiêu đề mới|Đoạn mở đầu.|Đoạn một."], [Cut(light.Text, gold)]);
    }

    [Theory]
    // The training corpus' splitter cut after initials and abbreviations (not learned from), before closing quotes
    // (moved after them) and before lower-case words (dropped).
    [InlineData("Ông nói với anh N. Q. D.|qua điện thoại.", "Ông nói với anh N. Q. D.qua điện thoại.", "")]
    [InlineData("Lúc đó ở TP.|HCM trời mưa.", "Lúc đó ở TP.HCM trời mưa.", "")]
    [InlineData("Ông hỏi \"vì sao?|\", rồi đi.", "Ông hỏi \"vì sao?\", rồi đi.", "")]
    [InlineData("Ông nói \"tôi đi.|\"Sau đó ông đi.", "Ông nói \"tôi đi.\"Sau đó ông đi.", "Ông nói \"tôi đi.\"|Sau đó ông đi.")]
    [InlineData("Màu đỏ...|và màu vàng.", "Màu đỏ...và màu vàng.", "")]
    [InlineData("Trời mưa.|Hôm nay lạnh.", "Trời mưa.Hôm nay lạnh.", "Trời mưa.|Hôm nay lạnh.")]
    public void Splitter_artifacts_are_not_learned_as_boundaries(string marked, string text, string expected)
    {
        var input = new BoundaryInput(text, hasHead: false);
        var gold = new HashSet<int> { marked.IndexOf('|') };
        var ignored = new HashSet<int>();
        BoundaryTrainer.RemoveSplitterArtifacts(input, gold, ignored);
        gold.ExceptWith(ignored);
        Assert.Equal(expected, gold.Count == 0 ? "" : Cut(text, gold));
    }

    private static string Cut(string text, IEnumerable<int> cuts)
    {
        var s = text;
        foreach (int c in cuts.OrderDescending()) s = s.Insert(c, "|");
        return s;
    }
}
