using System.Text.Json;
using Bantin.Testing;

namespace Bantin.Cli.Tests;

public class SegmentCommandTests
{
    [Fact]
    public void Writes_one_segmented_line_per_input_line_with_punctuation_split_off()
    {
        var r = CliRunner.Run("Liên doanh sản xuất ôtô đầu tiên.\n\nThành phố Hồ Chí Minh, Việt Nam\n", "segment");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("Liên_doanh sản_xuất ôtô đầu_tiên .\n\nThành_phố Hồ_Chí_Minh , Việt_Nam\n", r.Stdout);
    }

    [Fact]
    public void Many_lines_come_out_in_input_order()
    {
        var lines = Enumerable.Range(0, 3000).Select(i => $"dòng {i} của liên doanh").ToArray();
        var r = CliRunner.Run(string.Join('\n', lines) + "\n", "segment");
        var output = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(lines.Length, output.Length);
        for (int i = 0; i < lines.Length; i++) Assert.Equal($"dòng {i} của liên_doanh", output[i]);
    }

    [Fact]
    public void Json_words_carry_offsets_into_the_input_line()
    {
        const string line = "Chủ tịch nước  Trần Đại Quang.";
        var r = CliRunner.Run(line + "\n", "segment", "--json");
        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Stdout);
        var words = doc.RootElement.GetProperty("words").EnumerateArray().ToArray();
        Assert.Equal(["Chủ tịch", "nước", "Trần Đại Quang", "."], words.Select(w => w.GetProperty("text").GetString()));
        Assert.Equal(3, words[2].GetProperty("units").GetInt32());
        foreach (var w in words)
            Assert.Equal(w.GetProperty("text").GetString(), line[w.GetProperty("start").GetInt32()..w.GetProperty("end").GetInt32()]);
    }

    [Fact]
    public void Eval_segment_scores_a_gold_file_and_ends_with_the_F1()
    {
        var dir = Directory.CreateTempSubdirectory("bantin-eval-seg-").FullName;
        try
        {
            var gold = Path.Combine(dir, "gold.seg.txt");
            File.WriteAllLines(gold, ["Liên_doanh sản_xuất ôtô đầu_tiên .", "Thành_phố Hồ_Chí_Minh"]);
            var pred = Path.Combine(dir, "pred.txt");
            var r = CliRunner.Run("", "eval", "segment", "--gold", gold, "--write", pred);
            Assert.Equal(0, r.ExitCode);
            Assert.Equal("F1 100.00", r.Stdout.TrimEnd('\n').Split('\n')[^1]);
            Assert.Contains("sentences fully correct 100.00%", r.Stdout);
            Assert.Equal(["Liên_doanh sản_xuất ôtô đầu_tiên .", "Thành_phố Hồ_Chí_Minh"], File.ReadAllLines(pred));
        }
        finally { Directory.Delete(dir, true); }
    }

    [SkippableFact]
    public void Eval_segment_on_UD_VTB_dev_reads_every_sentence()
    {
        Skip.If(SharedData.Root is null, SharedData.MissingReason);
        var r = CliRunner.Run("", "eval", "segment", "--gold", Path.Combine(SharedData.Root!, "data/ws/ud-vtb/vi_vtb-ud-dev.conllu"));
        Assert.Equal(0, r.ExitCode);
        Assert.StartsWith("sentences 1123, gold words 26162,", r.Stdout);
        Assert.Empty(r.Stderr);
    }

    [Fact]
    public void Train_segment_with_a_missing_file_exits_1_with_a_message()
    {
        var r = CliRunner.Run("", "train", "segment", "--gold", "/no/such.conllu", "--out", Path.GetTempFileName());
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("no such file", r.Stderr);
    }

    [Fact]
    public void Eval_segment_with_a_file_that_is_not_a_model_exits_1()
    {
        var model = Path.GetTempFileName();
        File.WriteAllText(model, "nonsense");
        var gold = Path.GetTempFileName();
        File.WriteAllText(gold, "liên_doanh\n");
        var r = CliRunner.Run("", "eval", "segment", "--gold", gold, "--model", model);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains(model, r.Stderr);
    }
}
