using System.Text;
using Bantin.Cli.Input;

namespace Bantin.Cli.Tests;

public class ByteLineReaderTests
{
    private static List<string> ReadAll(string text, int limit = ByteLineReader.MaxLineBytes)
    {
        var reader = new ByteLineReader(new MemoryStream(Encoding.UTF8.GetBytes(text)), limit);
        var lines = new List<string>();
        while (reader.TryReadLine(out var line)) lines.Add(Encoding.UTF8.GetString(line.Span));
        return lines;
    }

    [Theory]
    [InlineData("", new string[0])]
    [InlineData("a", new[] { "a" })]
    [InlineData("a\n", new[] { "a" })]
    [InlineData("a\r\nb\n\nc", new[] { "a", "b", "", "c" })]
    [InlineData("\n\n", new[] { "", "" })]
    public void Splits_lines_on_lf_and_crlf(string text, string[] expected) => Assert.Equal(expected, ReadAll(text));

    [Fact]
    public void Lines_longer_than_the_buffer_grow_it()
    {
        var longLine = new string('x', 300_000);
        Assert.Equal([longLine, "y"], ReadAll(longLine + "\ny"));
    }

    [Fact]
    public void A_line_over_the_limit_is_refused_with_a_clear_message()
    {
        var e = Assert.Throws<CliException>(() => ReadAll(new string('x', 5000) + "\n", limit: 4096));
        Assert.Contains("longer than 4,096 bytes", e.Message);
    }
}
