using System.Text.Encodings.Web;
using System.Text.Json;

namespace Bantin.Cli.Output;

/// <summary>Writes one JSON object per line to a stream, Vietnamese text unescaped.</summary>
public sealed class JsonLines : IDisposable
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly Stream _stream;
    private readonly Utf8JsonWriter _writer;

    public JsonLines(Stream stream)
    {
        _stream = new BufferedStream(stream, 1 << 16);
        _writer = new Utf8JsonWriter(_stream, Options);
    }

    /// <summary>Writes one object through <paramref name="write"/>, then a line break.</summary>
    public void Write(Action<Utf8JsonWriter> write)
    {
        _writer.WriteStartObject();
        write(_writer);
        _writer.WriteEndObject();
        _writer.Flush();
        _writer.Reset();
        _stream.WriteByte((byte)'\n');
    }

    public void Dispose()
    {
        _writer.Dispose();
        _stream.Flush();
    }
}
