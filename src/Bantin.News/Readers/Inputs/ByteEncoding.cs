namespace Bantin.News.Readers.Inputs;

/// <summary>How an input's bytes are laid out, as <see cref="EncodingSniffer"/> sees them in its first bytes.</summary>
internal enum ByteEncoding
{
    /// <summary>UTF-8, or an 8-bit encoding (Windows-1258, TCVN3, VNI) recognised later by its invalid UTF-8.</summary>
    Utf8,
    Utf16LE,
    Utf16BE,
    /// <summary>Not text: NUL bytes outside a UTF-16 pattern, or too many control characters.</summary>
    Binary,
}
