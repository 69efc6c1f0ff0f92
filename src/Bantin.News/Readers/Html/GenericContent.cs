using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Bantin.News.Readers.Html;

/// <summary>
/// The main content of a page no rule knows, found by SmartReader (Mozilla Readability's scoring). SmartReader
/// changes the document it reads, so callers take everything else from the page first.
/// </summary>
internal static class GenericContent
{
    // SmartReader wants a URL to resolve links against; the text does not depend on it.
    private const string PlaceholderUrl = "https://localhost/";

    /// <summary>
    /// Readability counts paragraphs of at least 140 characters towards "this page is an article"; Vietnamese news
    /// paragraphs are often shorter (three of 180 characters fall under its threshold), a 404 message is much shorter.
    /// </summary>
    public const int MinParagraphChars = 80;

    /// <summary>
    /// What SmartReader found: the content in a detached element, its title and by-line. Its date is not used: it
    /// comes from the same meta tags the reader already has, and a visible date it would read month first.
    /// </summary>
    public sealed record Result(IElement Content, string? Title, string? Byline);

    public static Result? Find(IHtmlDocument document, string? url, out string? error)
    {
        error = null;
        if (document.Body is { } body && ReadabilityBudget.Refusal(body) is { } refusal)
        {
            error = refusal;
            return null;
        }
        SmartReader.Article article;
        try
        {
            // Not disposed: disposing the reader disposes the document, which the caller owns and still reads.
            var reader = new SmartReader.Reader(url ?? PlaceholderUrl, document)
            {
                KeepClasses = true, // the cleaner needs class names to spot captions and related boxes that survived
                ContinueIfNotReadable = false, // a page Readability deems unreadable is a listing or an error page
                MinContentLengthReadearable = new() { ["Default"] = MinParagraphChars },
            };
            article = reader.GetArticle();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            error = $"SmartReader could not parse the page ({ex.GetType().Name}: {ex.Message})";
            return null;
        }
        if (!article.IsReadable || string.IsNullOrWhiteSpace(article.Content))
        {
            var why = article.Errors?.FirstOrDefault()?.Message;
            error = "no article found (SmartReader: " + (why ?? "no main content") + ")";
            return null;
        }
        var content = document.CreateElement("div");
        content.InnerHtml = article.Content;
        return new Result(content, article.Title, article.Byline ?? article.Author);
    }
}
