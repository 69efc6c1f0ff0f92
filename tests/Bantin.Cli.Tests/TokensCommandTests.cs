using System.Text.Json;

namespace Bantin.Cli.Tests;

public class TokensCommandTests
{
    [Fact]
    public void Writes_one_line_of_tokens_per_input_line()
    {
        var r = CliRunner.Run("Giá vàng SJC sáng 12/6 ở TP. HCM tăng 2%.\nBộ Ngoại giao.Hai nước\n", "tokens");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(
            "Giá vàng [SJC]Abbreviation sáng [12/6]Date ở [TP. HCM]Abbreviation tăng [2%]Percent [.]Punctuation\n" +
            "Bộ Ngoại giao [.]Punctuation Hai nước\n", r.Stdout);
    }

    [Fact]
    public void Json_offsets_point_into_the_input_line()
    {
        const string line = "Hà\u00A0 Nội  có 1.000.000 người";
        var r = CliRunner.Run(line + "\n", "tokens", "--json");
        using var doc = JsonDocument.Parse(r.Stdout);
        var tokens = doc.RootElement.GetProperty("tokens").EnumerateArray().ToArray();
        Assert.Equal(["Hà", "Nội", "có", "1.000.000", "người"], tokens.Select(t => t.GetProperty("text").GetString()));
        Assert.Equal("number", tokens[3].GetProperty("kind").GetString());
        foreach (var t in tokens)
        {
            int start = t.GetProperty("start").GetInt32(), end = t.GetProperty("end").GetInt32();
            Assert.Equal(t.GetProperty("text").GetString(), line[start..end]);
        }
    }
}
