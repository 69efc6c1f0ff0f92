using Bantin.News.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Bantin.Server.Api;

/// <summary><c>POST /api/analyze</c>: raw text or an HTML page in, the structured article (with its repairs) out.</summary>
internal static class AnalyzeApi
{
    public static void Map(WebApplication app) =>
        app.MapPost("/api/analyze", Analyze).WithName("Analyze")
            .WithSummary("Read an article from raw text (text/plain: fused like the seeds, or one field per line) or HTML (text/html): title, sapo, body, author, credits and every repair.");

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> Analyze(HttpRequest request, ReadingLimiter reading, CancellationToken cancel)
    {
        var type = RequestBody.MediaType(request);
        if (type is not ("text/plain" or "text/html"))
            return Problems.UnsupportedType(request.ContentType, "text/plain (raw article text) or text/html (a page)");
        var body = await RequestBody.ReadTextAsync(request, cancel);
        if (body is null) return Problems.TooLarge();
        var (article, problem) = await reading.ReadAsync(body, type, request.HttpContext.Response, cancel);
        if (article is null) return problem!;
        return TypedResults.Text(ArticleJson.Serialize(article), "application/json; charset=utf-8");
    }
}
