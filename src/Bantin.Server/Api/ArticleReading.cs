using System.Text;
using System.Text.Json;
using Bantin.News.Model;
using Bantin.News.Readers;
using Bantin.News.Readers.Inputs;

namespace Bantin.Server.Api;

/// <summary>Reads an article from a request body with the same readers as <c>bantin read</c>.</summary>
internal static class ArticleReading
{
    private static readonly ArticleInputs Inputs = ArticleInputs.Standard();

    /// <summary>The article in <paramref name="body"/> of media type <paramref name="mediaType"/>, or the reason it cannot be read.</summary>
    public static (Article? Article, string? Problem) Read(string body, string mediaType)
    {
        string name;
        switch (mediaType)
        {
            case "application/json":
                try
                {
                    using var doc = JsonDocument.Parse(body);
                    if (doc.RootElement.ValueKind != JsonValueKind.Object) return (null, "the JSON body must be one article object.");
                    body = JsonSerializer.Serialize(doc.RootElement); // one line, as a JSONL record
                }
                catch (JsonException e) { return (null, $"the body is not valid JSON: {e.Message}"); }
                name = "request.jsonl";
                break;
            case "text/html":
                name = "request.html";
                break;
            default:
                name = "request.txt";
                break;
        }
        if (string.IsNullOrWhiteSpace(body)) return (null, "the body is empty.");
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(body));
        foreach (var result in Inputs.Read(stream, name))
        {
            if (result.Error is { } error) return (null, error.Reason);
            if (result.Article is { } article) return (article with { File = null }, null);
        }
        return (null, "no article could be read from the body.");
    }
}
