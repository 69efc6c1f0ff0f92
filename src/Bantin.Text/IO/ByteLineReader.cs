namespace Bantin.Text.IO;

/// <summary>
/// Splits a stream into lines of raw bytes (LF or CRLF) without decoding them, so each line can be decoded on its own
/// and its problems reported with its number. The buffer grows to the longest line up to a limit; a longer line is
/// skipped without being held in memory, and reported as too long.
/// </summary>
public sealed class ByteLineReader(Stream stream, int maxLineBytes)
{
    private const int InitialBuffer = 64 * 1024;

    private byte[] _buffer = new byte[Math.Min(InitialBuffer, maxLineBytes + 1)];
    private int _start, _end;
    private bool _eof;

    /// <summary>The next line without its terminator; <paramref name="tooLong"/> when it was skipped. False at the end.</summary>
    public bool TryRead(out ReadOnlyMemory<byte> line, out bool tooLong)
    {
        tooLong = false;
        int scanFrom = _start;
        while (true)
        {
            int nl = _buffer.AsSpan(scanFrom, _end - scanFrom).IndexOf((byte)'\n');
            if (nl >= 0)
            {
                line = Trim(_start, scanFrom + nl);
                _start = scanFrom + nl + 1;
                return true;
            }
            if (_eof)
            {
                line = Trim(_start, _end);
                bool any = _start < _end;
                _start = _end;
                tooLong = line.Length > maxLineBytes;
                if (tooLong) line = default;
                return any;
            }
            if (_end - _start > maxLineBytes)
            {
                SkipRestOfLine();
                line = default;
                tooLong = true;
                return true;
            }
            scanFrom = _end;
            Fill(ref scanFrom);
        }
    }

    private ReadOnlyMemory<byte> Trim(int start, int end)
    {
        if (end > start && _buffer[end - 1] == '\r') end--;
        return _buffer.AsMemory(start, end - start);
    }

    private void Fill(ref int scanFrom)
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            scanFrom -= _start;
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length) Array.Resize(ref _buffer, (int)Math.Min(maxLineBytes + 1L, _buffer.Length * 2L));
        int n = stream.Read(_buffer, _end, _buffer.Length - _end);
        if (n == 0) _eof = true;
        _end += n;
    }

    private void SkipRestOfLine()
    {
        while (true)
        {
            int n = stream.Read(_buffer, 0, _buffer.Length);
            if (n == 0)
            {
                _eof = true;
                _start = _end = 0;
                return;
            }
            int nl = _buffer.AsSpan(0, n).IndexOf((byte)'\n');
            if (nl >= 0)
            {
                _start = nl + 1;
                _end = n;
                return;
            }
        }
    }
}
