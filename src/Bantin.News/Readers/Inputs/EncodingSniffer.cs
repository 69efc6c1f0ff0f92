using System.Text;

namespace Bantin.News.Readers.Inputs;

/// <summary>
/// Tells UTF-16 (with or without a byte-order mark) and binary data from 8-bit text by looking at the first bytes:
/// UTF-16 text of a Latin-script language has a NUL in nearly every other byte, 8-bit text has none, and binary data
/// has NULs anywhere or many control bytes.
/// </summary>
internal static class EncodingSniffer
{
    /// <summary>Bytes looked at. 64 KB gives a clear pattern on any text and costs nothing next to reading the file.</summary>
    public const int SampleBytes = 64 * 1024;

    /// <summary>
    /// UTF-16 without a BOM needs NULs in at least this share of one byte position: ASCII letters, digits, spaces and
    /// punctuation make up most of Vietnamese text, and each has a NUL high byte.
    /// </summary>
    private const double MinNulShare = 0.2;

    /// <summary>…and in at most this share of the other: no Vietnamese character's low byte is NUL.</summary>
    private const double MaxOtherNulShare = 0.02;

    /// <summary>
    /// More control characters than this share means binary data. Text has tabs and line breaks, which do not count;
    /// TCVN3 stores a few rare upper-case letters in C0 controls, far below this.
    /// </summary>
    private const double MaxControlShare = 0.05;

    public static SniffResult Sniff(ReadOnlySpan<byte> head)
    {
        if (head.Length > SampleBytes) head = head[..SampleBytes];
        if (head.StartsWith("\uFEFF"u8)) return Checked(head[3..], ByteEncoding.Utf8, 3);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Checked(head[2..], ByteEncoding.Utf16LE, 2);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Checked(head[2..], ByteEncoding.Utf16BE, 2);

        int even = 0, odd = 0;
        for (int i = 0; i < head.Length; i++)
            if (head[i] == 0) { if ((i & 1) == 0) even++; else odd++; }
        if (even + odd == 0) return Checked(head, ByteEncoding.Utf8, 0);
        double pairs = Math.Max(1, head.Length / 2);
        if (odd >= pairs * MinNulShare && even <= pairs * MaxOtherNulShare) return Checked(head, ByteEncoding.Utf16LE, 0);
        if (even >= pairs * MinNulShare && odd <= pairs * MaxOtherNulShare) return Checked(head, ByteEncoding.Utf16BE, 0);
        return new SniffResult(ByteEncoding.Binary, 0);
    }

    /// <summary>The UTF-16 encoding of a layout, without BOM detection (the BOM is skipped before decoding).</summary>
    public static Encoding Utf16(ByteEncoding encoding) =>
        new UnicodeEncoding(bigEndian: encoding == ByteEncoding.Utf16BE, byteOrderMark: false);

    private static SniffResult Checked(ReadOnlySpan<byte> body, ByteEncoding encoding, int bom)
    {
        int controls = 0, length;
        if (encoding == ByteEncoding.Utf8)
        {
            length = body.Length;
            foreach (byte b in body)
                if (b == 0) return new SniffResult(ByteEncoding.Binary, 0);
                else if (IsControl((char)b)) controls++;
        }
        else
        {
            var text = Utf16(encoding).GetString(body[..(body.Length & ~1)]);
            length = text.Length;
            foreach (char c in text)
                if (c == '\0' || c == '\uFFFD' || IsControl(c)) controls++;
        }
        bool binary = controls >= 2 && controls > length * MaxControlShare;
        return new SniffResult(binary ? ByteEncoding.Binary : encoding, bom);
    }

    // Tab, line feed, vertical tab, form feed, carriage return, DOS end-of-file and escape (coloured logs) occur in text.
    private static bool IsControl(char c) => c < ' ' && c is not ('\t' or '\n' or '\v' or '\f' or '\r' or '\u001A' or '\u001B');
}
