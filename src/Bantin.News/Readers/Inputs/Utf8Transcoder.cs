using System.Text;

namespace Bantin.News.Readers.Inputs;

/// <summary>
/// Hands whole text files to their reader as UTF-8: the text reader decodes UTF-8 only, while VNTC's files are UTF-16
/// and older Vietnamese files Windows-1258, TCVN3 or VNI. Valid UTF-8 passes untouched, and so does invalid UTF-8 that
/// is no legacy encoding (the reader reports its own replacements). HTML is not transcoded: its reader honours the
/// page's declared charset, which re-encoded bytes would contradict.
/// </summary>
internal static class Utf8Transcoder
{
    public static byte[] ToUtf8(byte[] bytes, string name, Action<ReadError> warn)
    {
        var sniff = EncodingSniffer.Sniff(bytes);
        if (sniff.Encoding == ByteEncoding.Utf8 && System.Text.Unicode.Utf8.IsValid(bytes)) return bytes;
        if (!TextDecoding.TryDecode(bytes, name, out var text, out _) || text.Encoding == TextDecoding.Utf8) return bytes;
        foreach (var warning in text.Warnings) warn(warning);
        if (text.Encoding is TextDecoding.Windows1258 or TextDecoding.Tcvn3 or TextDecoding.Vni)
            warn(new ReadError(name, 0, $"not UTF-8: read as {text.Encoding}"));
        return Encoding.UTF8.GetBytes(text.Text);
    }
}
