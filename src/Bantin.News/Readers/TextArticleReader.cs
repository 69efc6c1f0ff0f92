using Bantin.News.Model;
using Bantin.News.Structure;
using Bantin.Text.Normalization;

namespace Bantin.News.Readers;

/// <summary>
/// Plain-text articles: fused like the seeds (line breaks lost) or one field per line. The bytes are decoded as
/// UTF-8 (BOM skipped; invalid sequences replaced and reported as repairs), then <see cref="StructureRecovery"/>
/// finds title, sapo, paragraphs, by-line and credits.
/// </summary>
public sealed class TextArticleReader : IArticleReader
{
    public ArticleFormat Format => ArticleFormat.Text;

    public IEnumerable<ReadResult> Read(InputDocument input)
    {
        var bytes = input.Bytes.AsSpan();
        if (bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        var invalid = new List<Utf8Decoder.InvalidSequence>();
        var text = Utf8Decoder.Decode(bytes, invalid);
        yield return FromText(text, input.Name, invalid.Select(i => new Repair("invalid-utf8", "\uFFFD", i.CharOffset)));
    }

    /// <summary>An article from decoded text; <see cref="ReadResult.Error"/> when the text holds no words at all.</summary>
    public static ReadResult FromText(string text, string name, IEnumerable<Repair>? decodingRepairs = null)
    {
        if (string.IsNullOrWhiteSpace(text)) return ReadResult.Fail(new ReadError(name, 0, "empty text"));
        var r = StructureRecovery.Recover(text);
        if (r.Title.Length == 0 && r.Body.Count == 0) return ReadResult.Fail(new ReadError(name, 0, "no article text found"));
        return ReadResult.Ok(new Article
        {
            Id = ArticleIds.FromContent(r.Title, r.Sapo, r.Body),
            Title = r.Title,
            Sapo = r.Sapo,
            Body = r.Body,
            Author = r.Author,
            Credits = r.Credits,
            Repairs = [.. decodingRepairs ?? [], .. r.Repairs],
            File = name == "-" ? null : name,
        });
    }
}
