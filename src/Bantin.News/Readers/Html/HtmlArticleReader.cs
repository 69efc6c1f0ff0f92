using AngleSharp.Html.Parser;
using Bantin.News.Model;

namespace Bantin.News.Readers.Html;

/// <summary>
/// Reads a saved page of a Vietnamese news site into one <see cref="Model.Article"/>: title, sapo, body paragraphs
/// without captions, related boxes, players, comments or ads, by-line and credits apart, date, category, canonical
/// URL and publisher. The big outlets are read through their templates (<see cref="SiteRules"/>), other sites through
/// SmartReader. Bytes are decoded by BOM, then the page's meta charset, else UTF-8. Stateless and thread-safe.
/// </summary>
public sealed class HtmlArticleReader : IArticleReader
{
    public ArticleFormat Format => ArticleFormat.Html;

    /// <summary>One result: the page's article, or an error naming the file and the reason. Never throws on bad input.</summary>
    public IEnumerable<ReadResult> Read(InputDocument input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return [ReadPage(input)];
    }

    private static ReadResult ReadPage(InputDocument input)
    {
        if (input.Bytes.Length > InputDocument.MaxBytes)
            return Fail(input, $"page is {input.Bytes.Length:N0} bytes, over the {InputDocument.MaxBytes:N0}-byte limit");
        var decoded = HtmlDecoder.Decode(input.Bytes);
        if (string.IsNullOrWhiteSpace(decoded.Text)) return Fail(input, "empty page");
        if (!NestingGuard.IsShallow(decoded.Text))
            return Fail(input, $"elements nest more than {NestingGuard.MaxDepth} deep; not parsed");

        AngleSharp.Html.Dom.IHtmlDocument document;
        try
        {
            document = new HtmlParser().ParseDocument(decoded.Text);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return Fail(input, $"could not parse the HTML ({ex.GetType().Name}: {ex.Message})");
        }
        using (document)
        {
            // Page-wide repairs, at offset 0: they concern the page, not a field's text.
            var pageRepairs = new List<Repair>();
            if (decoded.Note is not null) pageRepairs.Add(new Repair("charset", decoded.Note, 0));
            foreach (var note in ClassAttributeGuard.DropCrowded(document)) pageRepairs.Add(new Repair("crowded-class", note, 0));
            var meta = PageMetadataReader.Read(document);
            var raw = PageExtractor.Extract(document, meta, out var error);
            if (raw is null) return Fail(input, error ?? "no article found");
            var article = ArticleAssembler.Build(raw, meta, pageRepairs, input.Name, out error);
            return article is null ? Fail(input, error ?? "no article found") : ReadResult.Ok(article);
        }
    }

    private static ReadResult Fail(InputDocument input, string reason) => ReadResult.Fail(new ReadError(input.Name, 0, reason));
}
