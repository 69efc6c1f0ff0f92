using Bantin.News.Readers.Inputs;
using Bantin.Text.IO;
using Bantin.Text.Normalization;

namespace Bantin.Cli.Input;

/// <summary>
/// Lines of text from files, folders (their *.txt files, sorted) or standard input ("-" or nothing), decoded as
/// UTF-8 (a BOM is skipped). A line that is not UTF-8 is read as 8-bit TCVN3/VNI text when the encoding says so
/// (or, with auto, when it reads as such); otherwise its invalid byte sequences become U+FFFD and are reported on
/// stderr as <c>name:line:column</c>, never silently.
/// </summary>
public sealed class TextInput
{
    /// <summary>A longer line is refused: it would mean a binary file or a missing line structure.</summary>
    public const int MaxLineBytes = 256 * 1024 * 1024;

    private readonly CliContext _context;
    private readonly SourceEncoding _encoding;
    private readonly List<string?> _sources = [];

    public TextInput(CliContext context, IReadOnlyList<string>? paths, SourceEncoding encoding = SourceEncoding.Auto)
    {
        _context = context;
        _encoding = encoding;
        if (paths is null || paths.Count == 0) { _sources.Add(null); return; }
        foreach (var path in paths)
        {
            if (path == "-") _sources.Add(null);
            else if (Directory.Exists(path))
                _sources.AddRange(Directory.GetFiles(path, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Where(NotOutput));
            else if (File.Exists(path)) { if (NotOutput(path)) _sources.Add(path); }
            else throw new CliException($"{path}: no such file or directory");
        }
    }

    // The file standard output goes to is never read: `bantin sentences . > out.txt` would read its own growing output.
    private bool NotOutput(string path)
    {
        if (!RealPath.Is(path, _context.StdoutPath)) return true;
        _context.Stderr.WriteLine($"{path}: is the output of this command; not read");
        return false;
    }

    /// <summary>Invalid UTF-8 sequences seen so far.</summary>
    public int InvalidSequences { get; private set; }

    public IEnumerable<(int Number, string Text)> Lines()
    {
        foreach (var source in _sources)
            foreach (var line in Lines(source))
                yield return line;
    }

    private IEnumerable<(int Number, string Text)> Lines(string? path)
    {
        string name = path ?? "<stdin>";
        using var stream = path is null ? null : File.OpenRead(path);
        var reader = new ByteLineReader(stream ?? _context.Stdin, MaxLineBytes);
        var invalid = new List<Utf8Decoder.InvalidSequence>();
        int number = 0;
        while (reader.TryRead(out var bytes, out bool tooLong))
        {
            number++;
            if (tooLong) throw new CliException($"{name}:{number}: a line is longer than {MaxLineBytes:N0} bytes; is this a text file?");
            var span = bytes.Span;
            if (number == 1 && span.StartsWith("\uFEFF"u8)) span = span[3..];
            invalid.Clear();
            string text = Utf8Decoder.Decode(span, invalid);
            if (invalid.Count > 0 && TryEightBit(span, out var legacy))
            {
                yield return (number, legacy);
                continue;
            }
            foreach (var bad in invalid)
            {
                InvalidSequences++;
                _context.Stderr.WriteLine(
                    $"{name}:{number}:{bad.CharOffset + 1}: invalid UTF-8 ({bad.Length} byte{(bad.Length == 1 ? "" : "s")} at byte {bad.ByteOffset}) replaced with U+FFFD");
            }
            yield return (number, text);
        }
    }

    // TCVN3 and VNI files are 8-bit: their bytes are not UTF-8, and the legacy decoder reads them as Windows-1252.
    private bool TryEightBit(ReadOnlySpan<byte> bytes, out string text)
    {
        text = "";
        if (_encoding is not (SourceEncoding.Auto or SourceEncoding.Tcvn3 or SourceEncoding.Vni)) return false;
        text = LegacyDecoder.ReadEightBit(bytes);
        return _encoding != SourceEncoding.Auto || LegacyDecoder.Detect(text) is SourceEncoding.Tcvn3 or SourceEncoding.Vni;
    }
}
