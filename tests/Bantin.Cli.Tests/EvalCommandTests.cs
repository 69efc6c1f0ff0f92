using System.Text.Json;

namespace Bantin.Cli.Tests;

public class EvalCommandTests
{
    [Fact]
    public void Eval_sentences_scores_paragraphs_built_from_gold_and_ends_with_f1()
    {
        var file = Path.GetTempFileName();
        try
        {
            var body = string.Join("\n", "Câu một ở TP. HCM.", "Câu hai.", "Tiêu đề", "Câu ba có 3.5 điểm.", "Câu bốn!", "Người viết");
            File.WriteAllText(file, JsonSerializer.Serialize(new { id = "x", body }) + "\n");
            var r = CliRunner.Run("", "eval", "sentences", "--gold", file);
            Assert.Equal(0, r.ExitCode);
            var lines = r.Stdout.Trim().Split('\n');
            Assert.Equal("F1 100.00", lines[^1]);
            Assert.Contains("gold boundaries 5", lines[0]); // the last line (by-line) is left out
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Missing_gold_file_is_bad_input()
    {
        var r = CliRunner.Run("", "eval", "sentences", "--gold", "/no/such.jsonl");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("no such file", r.Stderr);
    }
}
