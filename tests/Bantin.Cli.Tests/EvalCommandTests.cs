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

    [Fact]
    public void Train_read_writes_a_model_that_eval_read_can_use()
    {
        var gold = Path.GetTempFileName();
        var model = Path.Combine(Path.GetTempPath(), $"bantin-{Guid.NewGuid():N}", "model.bin.gz");
        try
        {
            var lines = Enumerable.Range(0, 30).Select(k => JsonSerializer.Serialize(new
            {
                id = $"a{k}",
                title = k % 2 == 0 ? "Giá vàng tăng mạnh" : "Bão số 9 đổ bộ",
                sapo = "Giá vàng SJC sáng nay tăng 200.000 đồng mỗi lượng.",
                body = new[] { "Theo Bộ Công Thương, giá dầu cũng tăng.", "Ông Nam cho biết nhu cầu tăng cao." },
                author = "Minh Anh",
            }));
            File.WriteAllText(gold, string.Join("\n", lines) + "\n");
            var train = CliRunner.Run("", "train", "read", "--gold", gold, "--out", model, "--epochs", "2");
            Assert.Equal(0, train.ExitCode);
            Assert.StartsWith("wrote ", train.Stdout);
            Assert.Contains("pass 2/2", train.Stderr);
            var eval = CliRunner.Run("", "eval", "read", "--gold", gold, "--model", model);
            Assert.Equal(0, eval.ExitCode);
            Assert.Equal("boundary F1 100.00", eval.Stdout.Trim().Split('\n')[^1]);
            var rules = CliRunner.Run("", "eval", "read", "--gold", gold, "--rules");
            Assert.Equal(0, rules.ExitCode);
        }
        finally
        {
            File.Delete(gold);
            if (Directory.Exists(Path.GetDirectoryName(model))) Directory.Delete(Path.GetDirectoryName(model)!, recursive: true);
        }
    }

    [Fact]
    public void Train_read_mixes_weighted_files_and_eval_read_scores_the_held_out_slice()
    {
        var dir = Path.Combine(Path.GetTempPath(), $"bantin-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        string sentences = Path.Combine(dir, "sentences.jsonl"), paragraphs = Path.Combine(dir, "paragraphs.jsonl");
        string model = Path.Combine(dir, "model.bin.gz");
        try
        {
            File.WriteAllText(sentences, string.Concat(Enumerable.Range(0, 30).Select(k => JsonSerializer.Serialize(new
            {
                id = $"s{k}", title = "Giá vàng tăng mạnh", sapo = "Giá vàng SJC sáng nay tăng 200.000 đồng mỗi lượng.",
                body = new[] { "Theo Bộ Công Thương, giá dầu cũng tăng.", "Ông Nam cho biết nhu cầu tăng cao." }, author = "Minh Anh",
            }) + "\n")));
            File.WriteAllText(paragraphs, string.Concat(Enumerable.Range(0, 40).Select(k => JsonSerializer.Serialize(new
            {
                id = $"p{k}", title = "Bão số 9 đổ bộ miền Trung", sapo = "Mưa lớn kéo dài gây ngập nhiều tuyến đường.",
                body = new[] { "Hơn 100 ngôi nhà bị tốc mái. UBND tỉnh đã chỉ đạo khắc phục.", "Nhật Linh" },
            }) + "\n")));
            var train = CliRunner.Run("", "train", "read", "--gold", sentences, "--gold", paragraphs, "--weight", "1", "--weight", "3",
                "--held-out", "4", "--out", model, "--epochs", "2");
            Assert.Equal(0, train.ExitCode);
            // 30 + 3 × 40 articles a pass, less the held-out quarter (by id): fewer than 150, more than 100.
            int articles = int.Parse(System.Text.RegularExpressions.Regex.Match(train.Stderr, @"pass 1/2 \(noise\): (\d+) articles").Groups[1].Value);
            int held = Enumerable.Range(0, 30).Count(k => Bantin.News.Evaluation.HeldOut.Contains($"s{k}", 4))
                + 3 * Enumerable.Range(0, 40).Count(k => Bantin.News.Evaluation.HeldOut.Contains($"p{k}", 4));
            Assert.InRange(held, 1, 149);
            Assert.Equal(150 - held, articles);

            var eval = CliRunner.Run("", "eval", "read", "--gold", paragraphs, "--held-out", "4", "--model", model);
            Assert.Equal(0, eval.ExitCode);
            int slice = Enumerable.Range(0, 40).Count(k => Bantin.News.Evaluation.HeldOut.Contains($"p{k}", 4));
            Assert.StartsWith($"articles {slice} ", eval.Stdout);

            foreach (var bad in new[] { new[] { "--weight", "1", "--weight", "2" }, ["--weight", "0"], ["--held-out", "1"] })
            {
                var refused = CliRunner.Run("", ["train", "read", "--gold", sentences, "--out", model, .. bad]);
                Assert.Equal(1, refused.ExitCode);
                Assert.Contains("--", refused.Stderr);
            }
            Assert.Equal(1, CliRunner.Run("", "eval", "read", "--gold", paragraphs, "--held-out", "1").ExitCode);

            // VNTC-style records (no title and sapo) count only for the sources named by --heads-from-lines.
            string lines = Path.Combine(dir, "lines.jsonl");
            File.WriteAllText(lines, string.Concat(Enumerable.Range(0, 6).Select(k => JsonSerializer.Serialize(new
            {
                id = $"v{k}", source = k < 4 ? "VnExpress" : "Thanh Niên", title = (string?)null,
                body = "Bão số 9 đổ bộ miền Trung\nMưa lớn kéo dài gây ngập nhiều tuyến đường.\nHơn 100 ngôi nhà bị tốc mái.\nNhật Linh",
            }) + "\n")));
            Assert.StartsWith("articles 0 ", CliRunner.Run("", "eval", "read", "--gold", lines, "--model", model).Stdout);
            Assert.StartsWith("articles 4 ", CliRunner.Run("", "eval", "read", "--gold", lines, "--heads-from-lines", "VnExpress", "--model", model).Stdout);
            var withLines = CliRunner.Run("", "train", "read", "--gold", paragraphs, "--gold", lines, "--heads-from-lines", "VnExpress",
                "--out", model, "--epochs", "2");
            Assert.Equal(0, withLines.ExitCode);
            Assert.Contains("pass 1/2 (noise): 44 articles", withLines.Stderr);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void A_model_file_that_is_no_model_is_bad_input()
    {
        var gold = Path.GetTempFileName();
        var model = Path.GetTempFileName();
        try
        {
            File.WriteAllText(gold, JsonSerializer.Serialize(new { id = "x", title = "Tiêu đề", sapo = "Sapo.", body = new[] { "Một." } }) + "\n");
            File.WriteAllText(model, "not a model");
            var r = CliRunner.Run("", "eval", "read", "--gold", gold, "--model", model);
            Assert.Equal(1, r.ExitCode);
            Assert.Contains(model, r.Stderr);
        }
        finally
        {
            File.Delete(gold);
            File.Delete(model);
        }
    }

    [Fact]
    public void Train_sentences_writes_a_model_that_eval_sentences_uses_and_bad_choices_are_refused()
    {
        var gold = Path.GetTempFileName();
        var dir = Path.Combine(Path.GetTempPath(), $"bantin-{Guid.NewGuid():N}");
        var model = Path.Combine(dir, "model.bin.gz");
        try
        {
            var lines = Enumerable.Range(0, 20).Select(k => JsonSerializer.Serialize(new
            {
                id = $"a{k}",
                body = string.Join("\n", "Giá vàng tăng mạnh.", "Ông Nam cho biết nhu cầu tăng cao.", "Thị trường sôi động...", "Theo Bộ Công Thương, giá dầu cũng tăng.", "Minh Anh"),
            }));
            File.WriteAllText(gold, string.Join("\n", lines) + "\n");
            var train = CliRunner.Run("", "train", "sentences", "--gold", gold, "--out", model, "--epochs", "2");
            Assert.Equal(0, train.ExitCode);
            Assert.StartsWith("wrote ", train.Stdout);
            Assert.Contains("pass 2/2", train.Stderr);
            Assert.Equal(0, CliRunner.Run("", "eval", "sentences", "--gold", gold, "--model", model).ExitCode);
            Assert.Equal(0, CliRunner.Run("", "eval", "sentences", "--gold", gold, "--rules").ExitCode);

            var both = CliRunner.Run("", "eval", "sentences", "--gold", gold, "--rules", "--model", model);
            Assert.Equal(1, both.ExitCode);
            Assert.Contains("exclude each other", both.Stderr);
            var notModel = CliRunner.Run("", "eval", "sentences", "--gold", gold, "--model", gold);
            Assert.Equal(1, notModel.ExitCode);
            Assert.Contains(gold, notModel.Stderr);
            Assert.DoesNotContain("   at ", notModel.Stderr);
        }
        finally
        {
            File.Delete(gold);
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }
}
