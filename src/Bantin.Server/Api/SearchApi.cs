using System.Globalization;
using Bantin.Search.Searching;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Bantin.Server.Api;

/// <summary><c>GET /api/search</c>: the query, paging, sorting and filters as query-string parameters.</summary>
internal static class SearchApi
{
    public static void Map(WebApplication app) =>
        app.MapGet("/api/search", Search)
            .WithName("Search")
            .WithSummary("Search articles: q (words, \"phrases\", -excluded, source:/category:/author:/from:/to:), top, page, sort, from, to, source, category, author.");

    private static Results<Ok<SearchResult>, ProblemHttpResult> Search(
        IndexHolder index, string? q, string? top, string? page, string? sort, string? from, string? to,
        string? source, string? category, string? author)
    {
        if (!TryInt(top, 10, out int topValue)) return Problems.BadRequest($"top must be a whole number between 1 and {SearchRequest.MaxTop}, not '{top}'.");
        if (!TryInt(page, 1, out int pageValue)) return Problems.BadRequest($"page must be a whole number from 1, not '{page}'.");
        if (!Enum.TryParse<SearchSort>(sort ?? "relevance", ignoreCase: true, out var sortValue) || !Enum.IsDefined(sortValue)
            || (sort ?? "").Any(c => !char.IsAsciiLetter(c)))
            return Problems.BadRequest($"sort must be relevance, newest or oldest, not '{sort}'.");
        DateTimeOffset? fromValue = null, toValue = null;
        if (from is { Length: > 0 } && (fromValue = QueryText.ParseDate(from, endOfPeriod: false)) is null)
            return Problems.BadRequest($"from must be a date such as 2018, 2018-06 or 2018-06-12, not '{from}'.");
        if (to is { Length: > 0 } && (toValue = QueryText.ParseDate(to, endOfPeriod: true)) is null)
            return Problems.BadRequest($"to must be a date such as 2018, 2018-06 or 2018-06-12, not '{to}'.");
        var request = new SearchRequest
        {
            Query = q ?? "", Top = topValue, Page = pageValue, Sort = sortValue, From = fromValue, To = toValue,
            Source = source, Category = category, Author = author,
        };
        if (request.Validate() is { } problem) return Problems.BadRequest(problem + ".");
        var searcher = index.Searcher(out var missing);
        if (searcher is null) return Problems.Unavailable(missing!);
        return TypedResults.Ok(searcher.Search(request));
    }

    private static bool TryInt(string? text, int fallback, out int value)
    {
        if (string.IsNullOrEmpty(text)) { value = fallback; return true; }
        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }
}
