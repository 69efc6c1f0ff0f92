using System.Text;
using Bantin.Text.IO;

namespace Bantin.Text.Tests;

public class ByteLineReaderTests
{
    private static List<string> ReadAll(string text, int limit = 1 << 20)
    {
        var reader = new ByteLineReader(new MemoryStream(Encoding.UTF8.GetBytes(text)), limit);
        var lines = new List<string>();
        while (reader.TryRead(out var line, out bool tooLong)) lines.Add(tooLong ? "<too long>" : Encoding.UTF8.GetString(line.Span));
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
    public void A_line_over_the_limit_is_reported_and_skipped_without_losing_the_next()
    {
        Assert.Equal(["a", "<too long>", "b"], ReadAll("a\n" + new string('x', 5000) + "\nb\n", limit: 4096));
        Assert.Equal(["a", "<too long>"], ReadAll("a\n" + new string('x', 5000), limit: 4096));
    }
}
