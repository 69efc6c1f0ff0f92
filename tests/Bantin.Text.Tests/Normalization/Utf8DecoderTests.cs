using System.Text;
using Bantin.Text.Normalization;

namespace Bantin.Text.Tests.Normalization;

public class Utf8DecoderTests
{
    [Fact]
    public void Valid_utf8_decodes_without_reports()
    {
        var invalid = new List<Utf8Decoder.InvalidSequence>();
        Assert.Equal("Việt Nam 😀", Utf8Decoder.Decode(Encoding.UTF8.GetBytes("Việt Nam 😀"), invalid));
        Assert.Empty(invalid);
    }

    [Theory]
    [InlineData(new byte[] { 0x61, 0xFF, 0x62 }, "a\uFFFDb", 1, 1)]                  // a byte that never occurs
    [InlineData(new byte[] { 0x61, 0xE1, 0xBB }, "a\uFFFD", 1, 2)]                    // truncated 3-byte sequence
    [InlineData(new byte[] { 0xC0, 0x80 }, "\uFFFD\uFFFD", 2, 1)]                     // overlong encoding
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, "\uFFFD\uFFFD\uFFFD", 3, 1)]         // an encoded surrogate
    [InlineData(new byte[] { 0x80, 0x80, 0x61 }, "\uFFFD\uFFFDa", 2, 1)]              // stray continuation bytes
    public void Invalid_sequences_become_replacement_characters_and_are_reported(byte[] bytes, string expected, int count, int firstLength)
    {
        var invalid = new List<Utf8Decoder.InvalidSequence>();
        var text = Utf8Decoder.Decode(bytes, invalid);
        Assert.Equal(expected, text);
        Assert.Equal(count, invalid.Count);
        Assert.Equal(firstLength, invalid[0].Length);
        Assert.All(invalid, i => Assert.Equal('\uFFFD', text[i.CharOffset]));
        // The platform decoder agrees on the text (it only does not say where).
        Assert.Equal(Encoding.UTF8.GetString(bytes), text);
    }

    [Fact]
    public void Random_bytes_never_throw_and_agree_with_the_platform()
    {
        var rnd = new Random(7);
        for (int i = 0; i < 2000; i++)
        {
            var bytes = new byte[rnd.Next(0, 64)];
            rnd.NextBytes(bytes);
            Assert.Equal(Encoding.UTF8.GetString(bytes), Utf8Decoder.Decode(bytes, null));
        }
    }
}
