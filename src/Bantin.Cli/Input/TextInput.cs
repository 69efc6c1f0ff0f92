using Bantin.Text.Normalization;

namespace Bantin.Cli.Input;

/// <summary>
/// Lines of text from a file or standard input ("-" or no argument), decoded as UTF-8 (a BOM is skipped). Invalid
/// byte sequences become U+FFFD and are reported on stderr as <c>name:line:column</c>, never silently.
/// </summary>
public sealed class TextInput
{
    private readonly CliContext _context;
    private readonly string? _path;

    public TextInput(CliContext context, string? path)
    {
        _context = context;
        _path = path is null or "-" ? null : path;
        if (_path is not null && Directory.Exists(_path)) throw new CliException($"{_path}: is a directory; give a file or '-'");
        if (_path is not null && !File.Exists(_path)) throw new CliException($"{_path}: no such file");
    }

    public string Name => _path ?? "<stdin>";

    /// <summary>Invalid UTF-8 sequences seen so far.</summary>
    public int InvalidSequences { get; private set; }

    public IEnumerable<(int Number, string Text)> Lines()
    {
        using var stream = _path is null ? null : File.OpenRead(_path);
        var reader = new ByteLineReader(stream ?? _context.Stdin);
        var invalid = new List<Utf8Decoder.InvalidSequence>();
        int number = 0;
        while (reader.TryReadLine(out var bytes))
        {
            number++;
            var span = bytes.Span;
            if (number == 1 && span.StartsWith("\uFEFF"u8)) span = span[3..];
            invalid.Clear();
            string text = Utf8Decoder.Decode(span, invalid);
            foreach (var bad in invalid)
            {
                InvalidSequences++;
                _context.Stderr.WriteLine(
                    $"{Name}:{number}:{bad.CharOffset + 1}: invalid UTF-8 ({bad.Length} byte{(bad.Length == 1 ? "" : "s")} at byte {bad.ByteOffset}) replaced with U+FFFD");
            }
            yield return (number, text);
        }
    }
}
