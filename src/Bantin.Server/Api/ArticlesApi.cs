using System.Security.Cryptography;
using System.Text;
using Bantin.News.Json;
using Bantin.News.Model;
using Bantin.Search.Indexing;
using Bantin.Search.Searching;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Bantin.Server.Api;

/// <summary>Single articles, their related articles, and (with an API key) adding articles.</summary>
internal static class ArticlesApi
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/api/articles/{id}", Get).WithName("GetArticle").WithSummary("One article by id (Article JSON).");
        app.MapGet("/api/articles/{id}/related", Related).WithName("RelatedArticles").WithSummary("Articles most like this one (top, default 5).");
        app.MapPost("/api/articles", Post).WithName("AddArticle")
            .WithSummary("Index an article: Article JSON (application/json) or raw text (text/plain, fused or one field per line). Needs the server's API key (X-Api-Key or Authorization: Bearer).");
    }

    /// <summary>Route values keep <c>%2F</c> encoded; ids may contain slashes (<c>vnexpress/123</c>).</summary>
    private static string Decoded(string id) => Uri.UnescapeDataString(id);

    private static Results<ContentHttpResult, ProblemHttpResult> Get(IndexHolder index, string id)
    {
        id = Decoded(id);
        var searcher = index.Searcher(out var missing);
        if (searcher is null) return Problems.Unavailable(missing!);
        return searcher.Get(id) is { } article
            ? TypedResults.Text(ArticleJson.Serialize(article), "application/json; charset=utf-8")
            : Problems.NotFound($"No article has the id '{id}'.");
    }

    private static Results<Ok<IReadOnlyList<SearchHit>>, ProblemHttpResult> Related(IndexHolder index, string id, string? top)
    {
        int n = 5;
        id = Decoded(id);
        if (top is { Length: > 0 } && (!int.TryParse(top, out n) || n is < 1 or > 50))
            return Problems.BadRequest($"top must be a whole number between 1 and 50, not '{top}'.");
        var searcher = index.Searcher(out var missing);
        if (searcher is null) return Problems.Unavailable(missing!);
        return searcher.Related(id, n) is { } hits ? TypedResults.Ok(hits) : Problems.NotFound($"No article has the id '{id}'.");
    }

    private static async Task<Results<Created<AddedArticle>, ProblemHttpResult>> Post(
        HttpRequest request, IndexHolder index, ServerOptions options, ReadingLimiter reading, CancellationToken cancel)
    {
        if (options.ApiKey is null)
            return Problems.Forbidden("This server was started without an API key; start it with --api-key or BANTIN_API_KEY to accept articles.");
        if (!Authorized(request, options.ApiKey))
            return Problems.Unauthorized("Send the server's API key in the X-Api-Key header (or Authorization: Bearer <key>).");
        var type = RequestBody.MediaType(request);
        if (type is not ("application/json" or "text/plain"))
            return Problems.UnsupportedType(request.ContentType, "application/json (an Article) or text/plain (raw article text)");
        var body = await RequestBody.ReadTextAsync(request, cancel);
        if (body is null) return Problems.TooLarge();
        var (article, problem) = await reading.ReadAsync(body, type, request.HttpContext.Response, cancel);
        if (article is null) return problem!;
        try { index.Put(article); }
        catch (IndexException e) { return Problems.Unavailable(e.Message); }
        catch (ArgumentException e) { return Problems.BadRequest($"the article cannot be indexed: {e.Message}."); }
        return TypedResults.Created($"/api/articles/{Uri.EscapeDataString(article.Id)}", new AddedArticle(article.Id, article.Title));
    }

    /// <summary>The key compared in constant time (both sides hashed first, so lengths do not leak either).</summary>
    internal static bool Authorized(HttpRequest request, string key)
    {
        string? given = request.Headers["X-Api-Key"].FirstOrDefault();
        if (given is null && request.Headers.Authorization.FirstOrDefault() is { } auth && auth.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            given = auth["Bearer ".Length..].Trim();
        if (given is null) return false;
        return CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }
}

/// <summary>What <c>POST /api/articles</c> answers.</summary>
public sealed record AddedArticle(string Id, string Title);
