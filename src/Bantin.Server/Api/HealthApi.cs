namespace Bantin.Server.Api;

/// <summary><c>GET /api/health</c>: whether the index can be searched, and how many articles it holds.</summary>
internal static class HealthApi
{
    public static void Map(WebApplication app) =>
        app.MapGet("/api/health", (IndexHolder index) =>
        {
            var searcher = index.Searcher(out var problem);
            return TypedResults.Ok(new Health(searcher is null ? "no-index" : "ok", searcher?.Count ?? 0, problem));
        }).WithName("Health").WithSummary("Server and index status.");
}

public sealed record Health(string Status, int Articles, string? Detail);
