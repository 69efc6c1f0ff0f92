using Bantin.Text.IO;
using System.Text;
using Bantin.Text.Normalization;

namespace Bantin.News.Readers.Inputs;

/// <summary>
/// Reads a stream line by line, decoded, without loading it: the streaming counterpart of <see cref="TextDecoding"/>.
/// The first <see cref="EncodingSniffer.SampleBytes"/> decide UTF-16 (transcoded to UTF-8 on the fly) and binary
/// data. Otherwise each line that is valid UTF-8 is UTF-8; the others are read in the file's 8-bit encoding
/// (Windows-1258, TCVN3, VNI), recognised once from the sample or the first line that shows it, or else as UTF-8 with
/// U+FFFD for each invalid sequence, reported with line and column.
/// </summary>
internal sealed class DecodedLineReader
{
    private readonly ByteLineReader? _lines;
    private readonly WarningSink _warnings;
    private readonly bool _transcoded;
    private EightBit? _eightBit;
    private long _number;
    private readonly List<Utf8Decoder.InvalidSequence> _invalid = [];

    private DecodedLineReader(ByteLineReader? lines, WarningSink warnings, string encoding, bool transcoded, EightBit? eightBit)
    {
        _lines = lines;
        _warnings = warnings;
        EncodingName = encoding;
        _transcoded = transcoded;
        _eightBit = eightBit;
    }

    /// <summary>True when the input is not text; <see cref="TryRead"/> then returns nothing.</summary>
    public bool IsBinary => _lines is null;

    /// <summary>The encoding read so far: <see cref="TextDecoding.Utf8"/> until a line shows an 8-bit encoding.</summary>
    public string EncodingName { get; private set; }

    public static DecodedLineReader Open(Stream stream, WarningSink warnings, int maxLineBytes)
    {
        var head = PrefixedStream.ReadHead(stream, EncodingSniffer.SampleBytes);
        var sniff = EncodingSniffer.Sniff(head);
        var body = head.AsMemory(sniff.BomLength);
        var rest = new PrefixedStream(body, stream);
        switch (sniff.Encoding)
        {
            case ByteEncoding.Binary:
                return new DecodedLineReader(null, warnings, TextDecoding.Utf8, false, null);
            case ByteEncoding.Utf16LE or ByteEncoding.Utf16BE:
                // Lone surrogates become U+FFFD in the transcoder, silently (the whole-file decoder reports them).
                var utf8 = Encoding.CreateTranscodingStream(
                    rest, EncodingSniffer.Utf16(sniff.Encoding), new UTF8Encoding(false), leaveOpen: true);
                string name = sniff.Encoding == ByteEncoding.Utf16LE ? TextDecoding.Utf16LE : TextDecoding.Utf16BE;
                return new DecodedLineReader(new ByteLineReader(utf8, maxLineBytes), warnings, name, true, null);
        }
        var reader = new DecodedLineReader(new ByteLineReader(rest, maxLineBytes), warnings, TextDecoding.Utf8, false, null);
        // A sample that is not UTF-8 is the best evidence of the file's 8-bit encoding; its last line may be cut short.
        var whole = head.Length < EncodingSniffer.SampleBytes ? body.Span : body.Span[..(body.Span.LastIndexOf((byte)'\n') + 1)];
        if (!System.Text.Unicode.Utf8.IsValid(whole)) reader.Settle(EightBitDetector.Detect(whole), 0);
        return reader;
    }

    public bool TryRead(out DecodedLine line)
    {
        if (_lines is null || !_lines.TryRead(out var bytes, out bool tooLong))
        {
            line = default;
            return false;
        }
        _number++;
        // Dumps joined with cat keep each part's byte-order mark at the start of a line; it is never content.
        if (bytes.Span.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        if (tooLong) line = new DecodedLine(_number, default, null, true);
        else if (_transcoded || System.Text.Unicode.Utf8.IsValid(bytes.Span)) line = new DecodedLine(_number, bytes, null, false);
        else line = new DecodedLine(_number, default, DecodeInvalid(bytes.Span), false);
        return true;
    }

    /// <summary>Reports the warnings held back; call when the input has been read.</summary>
    public void Finish() => _warnings.Finish();

    private string DecodeInvalid(ReadOnlySpan<byte> bytes)
    {
        if (_eightBit is null)
        {
            var found = EightBitDetector.Detect(bytes);
            if (found != EightBit.None) Settle(found, _number);
        }
        if (_eightBit is { } e and not EightBit.None) return EightBitDetector.Decode(bytes, e);
        _invalid.Clear();
        string text = Utf8Decoder.Decode(bytes, _invalid);
        foreach (var bad in _invalid) _warnings.Add(_number, TextDecoding.InvalidUtf8(bad, bad.CharOffset + 1));
        return text;
    }

    private void Settle(EightBit encoding, long line)
    {
        _eightBit = encoding;
        if (encoding == EightBit.None) return;
        EncodingName = EightBitDetector.Name(encoding);
        _warnings.Add(line, $"not UTF-8: read as {EncodingName}");
    }
}
