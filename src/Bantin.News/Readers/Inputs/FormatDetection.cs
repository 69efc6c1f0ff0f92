using System.Text;

namespace Bantin.News.Readers.Inputs;

/// <summary>
/// The format of an input: from its extension (.jsonl/.ndjson/.json → JSONL, .csv/.tsv → CSV, .html/.htm → HTML),
/// otherwise (.txt, no extension, stdin) from its first character: <c>&lt;</c> → HTML, <c>{</c> → JSONL, else text.
/// </summary>
public static class FormatDetection
{
    /// <summary>First bytes needed by <see cref="Detect"/>: leading white space and a BOM rarely fill more.</summary>
    public const int HeadBytes = 4096;

    private static readonly Dictionary<string, ArticleFormat> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        [".jsonl"] = ArticleFormat.Jsonl, [".ndjson"] = ArticleFormat.Jsonl, [".json"] = ArticleFormat.Jsonl,
        [".csv"] = ArticleFormat.Csv, [".tsv"] = ArticleFormat.Csv,
        [".html"] = ArticleFormat.Html, [".htm"] = ArticleFormat.Html,
    };

    /// <summary>The format an extension names, or <see cref="ArticleFormat.Auto"/> when it names none.</summary>
    public static ArticleFormat FromExtension(string? name) =>
        name is not null && Extensions.TryGetValue(Path.GetExtension(name), out var format) ? format : ArticleFormat.Auto;

    /// <summary>True for the files a folder contributes: extensions that name a format, and .txt.</summary>
    internal static bool IsArticleFile(string name) =>
        FromExtension(name) != ArticleFormat.Auto || Path.GetExtension(name).Equals(".txt", StringComparison.OrdinalIgnoreCase);

    /// <summary>The format of an input named <paramref name="name"/> (null for stdin) that starts with <paramref name="head"/>.</summary>
    public static ArticleFormat Detect(string? name, ReadOnlySpan<byte> head)
    {
        var byName = FromExtension(name);
        return byName != ArticleFormat.Auto ? byName : FromContent(head, EncodingSniffer.Sniff(head));
    }

    internal static ArticleFormat FromContent(ReadOnlySpan<byte> head, SniffResult sniff)
    {
        if (head.Length > HeadBytes) head = head[..HeadBytes];
        var body = head[sniff.BomLength..];
        // Only ASCII matters here, so 8-bit text can be read as Latin-1.
        string start = sniff.Encoding is ByteEncoding.Utf16LE or ByteEncoding.Utf16BE
            ? EncodingSniffer.Utf16(sniff.Encoding).GetString(body[..(body.Length & ~1)])
            : Encoding.Latin1.GetString(body);
        foreach (char c in start)
        {
            if (char.IsWhiteSpace(c) || c == '\uFEFF') continue;
            return c switch { '<' => ArticleFormat.Html, '{' => ArticleFormat.Jsonl, _ => ArticleFormat.Text };
        }
        return ArticleFormat.Text;
    }
}
