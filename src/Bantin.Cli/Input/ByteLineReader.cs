namespace Bantin.Cli.Input;

/// <summary>
/// Reads a stream line by line as raw bytes (LF or CRLF), so decoding problems can be reported with their line
/// and column. The buffer grows to the longest line, up to <see cref="MaxLineBytes"/>.
/// </summary>
public sealed class ByteLineReader(Stream stream, int maxLineBytes = ByteLineReader.MaxLineBytes)
{
    /// <summary>A longer line is refused: it would mean a binary file or a missing line structure.</summary>
    public const int MaxLineBytes = 256 * 1024 * 1024;

    private byte[] _buffer = new byte[Math.Min(1 << 16, maxLineBytes)];
    private int _start, _end;
    private bool _eof;

    /// <summary>The next line without its terminator; false at the end of the stream.</summary>
    public bool TryReadLine(out ReadOnlyMemory<byte> line)
    {
        int scanFrom = _start;
        while (true)
        {
            int nl = Array.IndexOf(_buffer, (byte)'\n', scanFrom, _end - scanFrom);
            if (nl >= 0)
            {
                line = Trim(_start, nl);
                _start = nl + 1;
                return true;
            }
            if (_eof)
            {
                if (_start < _end)
                {
                    line = Trim(_start, _end);
                    _start = _end;
                    return true;
                }
                line = default;
                return false;
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
        if (_end == _buffer.Length)
        {
            if (_buffer.Length >= maxLineBytes)
                throw new CliException($"a line is longer than {maxLineBytes:N0} bytes; is this a text file?");
            Array.Resize(ref _buffer, Math.Min(maxLineBytes, _buffer.Length * 2));
        }
        int n = stream.Read(_buffer, _end, _buffer.Length - _end);
        if (n == 0) _eof = true;
        _end += n;
    }
}
