using System.Text.Json;

namespace Bantin.Cli.Tests;

public class ReadCommandTests
{
    private static JsonElement[] Articles(string stdout) =>
        [.. stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)];

    [Fact]
    public void Reads_a_fused_article_from_stdin()
    {
        var r = CliRunner.Run("Vì sao giá vàng tăng?Giá vàng hôm nay tăng mạnh.Các chuyên gia cho rằng đây là xu hướng.Hà Linh", "read");
        Assert.Equal(0, r.ExitCode);
        var a = Assert.Single(Articles(r.Stdout));
        Assert.Equal("Vì sao giá vàng tăng?", a.GetProperty("title").GetString());
        Assert.Equal("Giá vàng hôm nay tăng mạnh.", a.GetProperty("sapo").GetString());
        Assert.Equal(["Các chuyên gia cho rằng đây là xu hướng."], a.GetProperty("body").EnumerateArray().Select(b => b.GetString()));
        Assert.Equal("Hà Linh", a.GetProperty("author").GetString());
        Assert.Contains("1 article", r.Stderr);
    }

    [Fact]
    public void A_malformed_jsonl_line_is_reported_with_file_and_line_and_skipped()
    {
        var dir = Directory.CreateTempSubdirectory("bantin-read-");
        try
        {
            var file = Path.Combine(dir.FullName, "dump.jsonl");
            File.WriteAllText(file,
                "{\"id\":\"a1\",\"title\":\"Một\",\"sapo\":\"Mở đầu.\",\"body\":\"Thân bài.\"}\n" +
                "{not json\n" +
                "{\"id\":\"a3\",\"title\":\"Ba\",\"sapo\":\"Mở đầu.\",\"body\":[\"Đoạn một.\",\"Đoạn hai.\"]}\n");
            var r = CliRunner.Run("", "read", file);
            Assert.Equal(1, r.ExitCode);
            Assert.Equal(["a1", "a3"], Articles(r.Stdout).Select(a => a.GetProperty("id").GetString()));
            Assert.Contains("dump.jsonl:2:", r.Stderr);

            var skip = CliRunner.Run("", "read", "--skip-bad", file);
            Assert.Equal(0, skip.ExitCode);
            Assert.Contains("dump.jsonl:2:", skip.Stderr);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Folder_inputs_carry_their_relative_file_name()
    {
        var dir = Directory.CreateTempSubdirectory("bantin-read-");
        try
        {
            Directory.CreateDirectory(Path.Combine(dir.FullName, "sub"));
            File.WriteAllText(Path.Combine(dir.FullName, "sub", "a.txt"), "Tiêu đề bài\nMở đầu bài báo.\nThân bài đầu tiên.\nMinh Anh\n");
            var r = CliRunner.Run("", "read", dir.FullName);
            Assert.Equal(0, r.ExitCode);
            var a = Assert.Single(Articles(r.Stdout));
            Assert.Equal(Path.Combine("sub", "a.txt"), a.GetProperty("file").GetString());
            Assert.Equal("Tiêu đề bài", a.GetProperty("title").GetString());
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_bad_field_mapping_is_a_usage_error()
    {
        var r = CliRunner.Run("", "read", "--map", "nonsense", "-");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("--map", r.Stderr);
    }
}
