using System.Text;
using Bantin.News.Readers.Inputs;

namespace Bantin.News.Tests.Inputs;

public class TextDecodingTests
{
    private const string Vietnamese = "Việt Nam - Belarus lập liên doanh sản xuất ôtô Minsk.\nHai nước cũng ký thỏa thuận hợp tác.";

    private static DecodedText Decode(byte[] bytes)
    {
        Assert.True(TextDecoding.TryDecode(bytes, "f.txt", out var text, out var error), error?.ToString());
        return text;
    }

    [Fact]
    public void Utf8_without_and_with_bom()
    {
        var plain = Decode(Encoding.UTF8.GetBytes(Vietnamese));
        Assert.Equal((Vietnamese, TextDecoding.Utf8), (plain.Text, plain.Encoding));
        Assert.Empty(plain.Warnings);
        var bom = Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Vietnamese)]);
        Assert.Equal((Vietnamese, TextDecoding.Utf8), (bom.Text, bom.Encoding));
    }

    [Theory]
    [InlineData(false, true, TextDecoding.Utf16LE)]
    [InlineData(true, true, TextDecoding.Utf16BE)]
    [InlineData(false, false, TextDecoding.Utf16LE)] // VNTC's files: UTF-16LE, no BOM
    [InlineData(true, false, TextDecoding.Utf16BE)]
    public void Utf16_with_a_bom_or_recognised_by_its_nul_bytes(bool bigEndian, bool bom, string expected)
    {
        var decoded = Decode(TestEncoders.Utf16(Vietnamese, bigEndian, bom));
        Assert.Equal((Vietnamese, expected), (decoded.Text, decoded.Encoding));
        Assert.Empty(decoded.Warnings);
    }

    [Fact]
    public void Utf16_of_an_odd_length_drops_the_last_byte_and_says_so()
    {
        var decoded = Decode([.. TestEncoders.Utf16("Hà Nội", bigEndian: false, bom: true), 0x41]);
        Assert.Equal("Hà Nội", decoded.Text);
        Assert.Contains("odd number of bytes", Assert.Single(decoded.Warnings).Reason);
    }

    [Fact]
    public void Windows_1258_is_recognised_and_composed()
    {
        var decoded = Decode(TestEncoders.Windows1258(Vietnamese));
        Assert.Equal(TextDecoding.Windows1258, decoded.Encoding);
        Assert.Equal(Vietnamese, decoded.Text);
        Assert.Empty(decoded.Warnings);
    }

    [Fact]
    public void Tcvn3_bytes_are_recognised_and_decoded()
    {
        const string text = "thủ tướng chính phủ đã phê duyệt đề án phát triển kinh tế biển.\nnăm nay ngành du lịch đón nhiều khách.";
        var decoded = Decode(TestEncoders.Tcvn3(text));
        Assert.Equal(TextDecoding.Tcvn3, decoded.Encoding);
        Assert.Equal(text, decoded.Text);
    }

    [Fact]
    public void Invalid_utf8_that_is_no_legacy_encoding_becomes_replacement_characters_with_line_and_column()
    {
        byte[] bytes = [.. "Xin chào\nabc"u8, 0xFF, .. " đẹp\n"u8, 0xC3];
        var decoded = Decode(bytes);
        Assert.Equal(TextDecoding.Utf8, decoded.Encoding);
        Assert.Equal("Xin chào\nabc\uFFFD đẹp\n\uFFFD", decoded.Text);
        Assert.Equal(
            ["f.txt:2: column 4: invalid UTF-8 (1 byte) replaced with U+FFFD", "f.txt:3: column 1: invalid UTF-8 (1 byte) replaced with U+FFFD"],
            decoded.Warnings.Select(w => w.ToString()));
    }

    [Fact]
    public void A_stray_byte_in_vietnamese_utf8_is_not_taken_for_a_legacy_encoding()
    {
        var text = string.Concat(Enumerable.Repeat(Vietnamese + "\n", 50));
        var utf8 = Encoding.UTF8.GetBytes(text);
        var decoded = Decode([.. utf8[..1000], 0xFF, .. utf8[1000..]]);
        Assert.Equal(TextDecoding.Utf8, decoded.Encoding);
        Assert.Single(decoded.Warnings);
    }

    [Fact]
    public void Many_invalid_bytes_give_a_bounded_number_of_warnings()
    {
        var bytes = Enumerable.Range(0, 100).SelectMany(_ => (byte[])[.. "caf"u8, 0xE9, (byte)'\n']).ToArray(); // Latin-1 "café"
        var decoded = Decode(bytes);
        Assert.Equal(WarningSink.MaxPerInput + 1, decoded.Warnings.Count);
        Assert.Equal("f.txt: 80 more warnings not shown", decoded.Warnings[^1].ToString());
    }

    [Fact]
    public void Binary_data_is_refused()
    {
        byte[] png = [0x89, .. "PNG\r\n"u8, 0x1A, (byte)'\n', 0, 0, 0, 0x0D, .. "IHDR"u8, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0];
        Assert.False(TextDecoding.TryDecode(png, "image.png", out _, out var error));
        Assert.Equal("image.png: binary file", error.ToString());
    }

    [Fact]
    public void Control_characters_without_nuls_are_binary_too()
    {
        byte[] bytes = [.. Enumerable.Range(0, 40).Select(i => (byte)(1 + i % 8)), .. "abc"u8];
        Assert.False(TextDecoding.TryDecode(bytes, "x", out _, out var error));
        Assert.Equal(TextDecoding.BinaryFile, error.Reason);
    }

    [Fact]
    public void Random_bytes_never_throw()
    {
        var random = new Random(11);
        for (int i = 0; i < 500; i++)
        {
            var bytes = new byte[random.Next(0, 300)];
            random.NextBytes(bytes);
            if (TextDecoding.TryDecode(bytes, "r", out var text, out var error)) Assert.NotNull(text.Text);
            else Assert.Equal(TextDecoding.BinaryFile, error.Reason);
        }
    }

    [Fact]
    public void Empty_input_is_empty_utf8_text()
    {
        var decoded = Decode([]);
        Assert.Equal(("", TextDecoding.Utf8), (decoded.Text, decoded.Encoding));
    }
}
