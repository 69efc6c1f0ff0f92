using System.Text.Json;

namespace Bantin.Cli.Tests;

public class NormalizeCommandTests
{
    [Fact]
    public void Normalizes_each_line()
    {
        var r = CliRunner.Run("Như Tâm  (Video:  VTV )\nl iên doanh\n", "normalize");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("Như Tâm (Video: VTV)\nliên doanh\n", r.Stdout);
        Assert.Equal("", r.Stderr);
    }

    [Theory]
    [InlineData("old", "hòa bình, thủy lợi")]
    [InlineData("new", "hoà bình, thuỷ lợi")]
    [InlineData("keep", "hoà bình, thủy lợi")]
    public void Tone_style_is_applied(string tone, string expected)
    {
        var r = CliRunner.Run("hoà bình, thủy lợi\n", "normalize", "--tone", tone);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(expected + "\n", r.Stdout);
    }

    [Fact]
    public void Json_output_lists_changes_with_original_offsets()
    {
        var r = CliRunner.Run("Hòa bình l iên\n", "normalize", "--json", "--tone", "new");
        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Stdout);
        Assert.Equal("Hoà bình liên", doc.RootElement.GetProperty("text").GetString());
        var changes = doc.RootElement.GetProperty("changes").EnumerateArray().ToArray();
        Assert.Equal(["tone-style", "split-syllable"], changes.Select(c => c.GetProperty("kind").GetString()));
        Assert.Equal(9, changes[1].GetProperty("offset").GetInt32());
        Assert.Equal("l iên", changes[1].GetProperty("text").GetString());
    }

    [Fact]
    public void Invalid_utf8_is_replaced_and_reported_with_line_and_column()
    {
        byte[] input = [.. "một\n"u8, (byte)'a', 0xFF, (byte)'b', (byte)'\n'];
        var r = CliRunner.Run(input, "normalize");
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("một\na\uFFFDb\n", r.Stdout);
        Assert.Contains("<stdin>:2:2: invalid UTF-8", r.Stderr);
    }

    [Fact]
    public void Missing_file_is_a_clear_error_without_stack_trace()
    {
        var r = CliRunner.Run("", "normalize", "/no/such/file.txt");
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("bantin: /no/such/file.txt: no such file or directory\n", r.Stderr.Replace("\r\n", "\n"));
        Assert.DoesNotContain(" at ", r.Stderr);
    }

    [Fact]
    public void Unknown_option_value_is_a_usage_error()
    {
        var r = CliRunner.Run("", "normalize", "--tone", "sideways");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("sideways", r.Stderr);
    }

    [Fact]
    public void Utf8_bom_and_crlf_are_handled()
    {
        byte[] input = [0xEF, 0xBB, 0xBF, .. "Hà  Nội\r\nHuế\r\n"u8];
        var r = CliRunner.Run(input, "normalize");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("Hà Nội\nHuế\n", r.Stdout);
    }

    [Fact]
    public void Reads_files_and_folders()
    {
        var dir = Directory.CreateTempSubdirectory("bantin-cli-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "b.txt"), "hai  \n");
            File.WriteAllText(Path.Combine(dir.FullName, "a.txt"), "một\n");
            var r = CliRunner.Run("", "normalize", dir.FullName);
            Assert.Equal(0, r.ExitCode);
            Assert.Equal("một\nhai\n", r.Stdout);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}

public class LargeInputTests
{
    [Fact]
    public void A_ten_megabyte_line_is_normalized_and_split()
    {
        const string piece = "Tổng Bí thư  hội kiến Thủ tướng.Hai nước l iên doanh. ";
        var line = string.Concat(Enumerable.Repeat(piece, 10_000_000 / piece.Length + 1));
        var r = CliRunner.Run(line + "\n", "normalize");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(line.Replace("  ", " ").Replace("l iên", "liên").TrimEnd() + "\n", r.Stdout);

        var s = CliRunner.Run(line + "\n", "sentences");
        Assert.Equal(0, s.ExitCode);
        Assert.Equal(2 * (10_000_000 / piece.Length + 1), s.Stdout.Count(c => c == '\n'));
    }
}

public class LegacyInputTests
{
    // "Hà Nội là thủ đô của Việt Nam." in TCVN3 (ABC) bytes, as an old .VnTime document stores it.
    private static readonly byte[] Tcvn3Line = [.. "H"u8, 0xB5, .. " N"u8, 0xE9, .. "i l"u8, 0xB5, .. " th"u8, 0xF1, .. " "u8, 0xAE, 0xAB,
        .. " c"u8, 0xF1, .. "a Vi"u8, 0xD6, .. "t Nam.\n"u8];

    [Theory]
    [InlineData("auto")]
    [InlineData("tcvn3")]
    public void Eight_bit_tcvn3_lines_are_decoded(string from)
    {
        var r = CliRunner.Run(Tcvn3Line, "normalize", "--from", from);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("Hà Nội là thủ đô của Việt Nam.\n", r.Stdout);
        Assert.Equal("", r.Stderr);
    }

    [Fact]
    public void With_unicode_the_same_bytes_are_invalid_utf8_and_reported()
    {
        var r = CliRunner.Run(Tcvn3Line, "normalize", "--from", "unicode");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("<stdin>:1:2: invalid UTF-8", r.Stderr);
    }

    [Fact]
    public void Viqr_is_decoded_when_asked()
    {
        var r = CliRunner.Run("Vie^.t Nam la` mo^.t nu+o+'c.\n", "normalize", "--from", "viqr");
        Assert.Equal("Việt Nam là một nước.\n", r.Stdout);
    }

    [Fact]
    public void Auto_leaves_english_and_code_alone()
    {
        const string text = "Why? I'm fine, e.g. U.S. and C++: a^2 + (b+c).\n";
        var r = CliRunner.Run(text, "normalize");
        Assert.Equal(text, r.Stdout);
    }
}

public class LineLimitTests
{
    [Fact]
    public void A_line_over_the_limit_is_a_clear_error()
    {
        var big = new string('a', Bantin.Cli.Input.TextInput.MaxLineBytes + 1);
        var r = CliRunner.Run(big + "\n", "normalize");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("<stdin>:1: a line is longer than", r.Stderr);
    }
}
