namespace Bantin.News.Readers.Inputs;

/// <summary>
/// A read-only stream that gives bytes already read (to sniff the encoding or format) before the rest of the
/// underlying stream, so stdin and pipes, which cannot seek back, are read once. Does not own the inner stream.
/// </summary>
internal sealed class PrefixedStream(ReadOnlyMemory<byte> prefix, Stream rest) : Stream
{
    private ReadOnlyMemory<byte> _prefix = prefix;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_prefix.IsEmpty) return rest.Read(buffer);
        int n = Math.Min(buffer.Length, _prefix.Length);
        _prefix.Span[..n].CopyTo(buffer);
        _prefix = _prefix[n..];
        return n;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <summary>Reads up to <paramref name="count"/> bytes (fewer only at the end of the stream).</summary>
    public static byte[] ReadHead(Stream stream, int count)
    {
        var head = new byte[count];
        int filled = 0, n;
        while (filled < count && (n = stream.Read(head, filled, count - filled)) > 0) filled += n;
        return filled == count ? head : head[..filled];
    }
}
