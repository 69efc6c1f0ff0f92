using System.Text.Json;

namespace Bantin.Cli.Tests;

public class SentencesCommandTests
{
    [Fact]
    public void Writes_one_sentence_per_line_and_line_breaks_end_sentences()
    {
        var r = CliRunner.Run("Bộ Ngoại giao.Hai nước ở TP. HCM hợp tác. Tốt!\nTiêu đề\n", "sentences");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("Bộ Ngoại giao.\nHai nước ở TP. HCM hợp tác.\nTốt!\nTiêu đề\n", r.Stdout);
    }

    [Fact]
    public void Json_gives_offsets_into_the_original_line()
    {
        const string line = "Die\u0302\u0303n  đàn lớn. Hai  nước.";
        var r = CliRunner.Run(line + "\n", "sentences", "--json");
        var objects = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(2, objects.Length);
        Assert.Equal("Diễn đàn lớn.", objects[0].GetProperty("text").GetString());
        Assert.Equal(0, objects[0].GetProperty("start").GetInt32());
        Assert.Equal(line.IndexOf("lớn.", StringComparison.Ordinal) + 4, objects[0].GetProperty("end").GetInt32());
        Assert.Equal("Hai nước.", objects[1].GetProperty("text").GetString());
        Assert.Equal(line.IndexOf("Hai", StringComparison.Ordinal), objects[1].GetProperty("start").GetInt32());
        Assert.Equal(line.Length, objects[1].GetProperty("end").GetInt32());
    }
}
