using System.Text;

namespace Bantin.News.Readers.Inputs;

/// <summary>
/// One physical line of a streamed input: its 1-based number and its content, either as valid UTF-8 bytes (a view
/// into the reader's buffer, valid until the next line is read: JSON parses them without a copy) or as text decoded
/// from another encoding. <see cref="TooLong"/> lines were skipped and have neither.
/// </summary>
internal readonly struct DecodedLine(long number, ReadOnlyMemory<byte> utf8, string? text, bool tooLong)
{
    public long Number { get; } = number;
    public ReadOnlyMemory<byte> Utf8 { get; } = utf8;
    public string? Text { get; } = text;
    public bool TooLong { get; } = tooLong;

    public string ToText() => Text ?? Encoding.UTF8.GetString(Utf8.Span);

    /// <summary>Empty or only spaces and tabs.</summary>
    public bool IsBlank => Text is not null ? string.IsNullOrWhiteSpace(Text) : Utf8.Span.Trim(" \t\r\f\v"u8).IsEmpty;
}
