using System.Diagnostics.CodeAnalysis;
using System.Text;
using Bantin.Text.Normalization;

namespace Bantin.News.Readers.Inputs;

/// <summary>
/// Bytes to text for whole-file inputs. UTF-8 with or without a BOM; UTF-16 LE/BE with a BOM or recognised by its NUL
/// bytes; bytes that are not UTF-8 read as Windows-1258, TCVN3 or VNI when they decode to Vietnamese, otherwise as
/// UTF-8 with each invalid sequence replaced by U+FFFD and reported. Binary data is refused. Thread-safe.
/// </summary>
public static class TextDecoding
{
    public const string Utf8 = "utf-8";
    public const string Utf16LE = "utf-16le";
    public const string Utf16BE = "utf-16be";
    public const string Windows1258 = "windows-1258";
    public const string Tcvn3 = "tcvn3";
    public const string Vni = "vni";

    /// <summary>The reason given for an input that is not text.</summary>
    public const string BinaryFile = "binary file";

    /// <summary>
    /// Decodes <paramref name="bytes"/>; <paramref name="name"/> labels the warnings. False, with an error, for binary data.
    /// </summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, string name,
        [NotNullWhen(true)] out DecodedText? text, [NotNullWhen(false)] out ReadError? error)
    {
        var sniff = EncodingSniffer.Sniff(bytes);
        if (sniff.Encoding == ByteEncoding.Binary)
        {
            text = null;
            error = new ReadError(name, 0, BinaryFile);
            return false;
        }
        var warnings = new List<ReadError>();
        var sink = new WarningSink(name, warnings.Add);
        var body = bytes[sniff.BomLength..];
        var (decoded, encoding) = sniff.Encoding == ByteEncoding.Utf8
            ? DecodeEightBit(body, sink)
            : (DecodeUtf16(body, sniff.Encoding, sink), sniff.Encoding == ByteEncoding.Utf16LE ? Utf16LE : Utf16BE);
        sink.Finish();
        text = new DecodedText(decoded, encoding, warnings);
        error = null;
        return true;
    }

    internal static string DecodeUtf16(ReadOnlySpan<byte> body, ByteEncoding layout, WarningSink sink)
    {
        if ((body.Length & 1) != 0)
        {
            sink.Add(0, "odd number of bytes for UTF-16: the last byte was dropped");
            body = body[..^1];
        }
        var strict = new UnicodeEncoding(layout == ByteEncoding.Utf16BE, byteOrderMark: false, throwOnInvalidBytes: true);
        try
        {
            return strict.GetString(body);
        }
        catch (DecoderFallbackException)
        {
            sink.Add(0, "invalid UTF-16 (a lone surrogate) replaced with U+FFFD");
            return EncodingSniffer.Utf16(layout).GetString(body);
        }
    }

    private static (string Text, string Encoding) DecodeEightBit(ReadOnlySpan<byte> body, WarningSink sink)
    {
        if (System.Text.Unicode.Utf8.IsValid(body)) return (Encoding.UTF8.GetString(body), Utf8);
        var invalid = new List<Utf8Decoder.InvalidSequence>();
        string text = Utf8Decoder.Decode(body, invalid);
        // Judge the bytes around the first invalid one: a long ASCII preamble would otherwise fill the sample.
        int from = (int)Math.Max(0, invalid[0].ByteOffset - 1024);
        var eightBit = EightBitDetector.Detect(body[from..]);
        if (eightBit != EightBit.None) return (EightBitDetector.Decode(body, eightBit), EightBitDetector.Name(eightBit));
        ReportInvalid(text, invalid, sink);
        return (text, Utf8);
    }

    private static void ReportInvalid(string text, List<Utf8Decoder.InvalidSequence> invalid, WarningSink sink)
    {
        long line = 1;
        int lineStart = 0, scanned = 0;
        foreach (var bad in invalid)
        {
            for (; scanned < bad.CharOffset; scanned++)
                if (text[scanned] == '\n') { line++; lineStart = scanned + 1; }
            sink.Add(line, InvalidUtf8(bad, bad.CharOffset - lineStart + 1));
        }
    }

    internal static string InvalidUtf8(Utf8Decoder.InvalidSequence bad, int column) =>
        $"column {column}: invalid UTF-8 ({bad.Length} byte{(bad.Length == 1 ? "" : "s")}) replaced with U+FFFD";
}
