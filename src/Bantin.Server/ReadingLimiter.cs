using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Bantin.Server;

/// <summary>
/// How many requests may read articles at once (<c>POST /api/analyze</c>, <c>POST /api/articles</c>): reading is CPU
/// work that cannot be stopped once started, bounded per request (docs/benchmarks.md) but not in number, so by default
/// one core is left for searches. A few more wait their turn; beyond that the answer is 429 with a problem description
/// and <c>Retry-After</c>, never a queue that grows without end.
/// </summary>
internal static class ReadingLimiter
{
    public const string Policy = "reading";

    public static void AddTo(IServiceCollection services, ServerOptions options) =>
        services.AddRateLimiter(limits =>
        {
            limits.AddConcurrencyLimiter(Policy, c =>
            {
                c.PermitLimit = options.ReadingConcurrency;
                c.QueueLimit = options.ReadingQueue;
                c.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            });
            limits.OnRejected = async (context, cancel) =>
            {
                var http = context.HttpContext;
                http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                http.Response.Headers.RetryAfter = "1";
                await TypedResults.Problem(
                    $"This server reads {options.ReadingConcurrency} article{(options.ReadingConcurrency == 1 ? "" : "s")} at a time "
                    + $"and {options.ReadingQueue} more are waiting; send this one again in a moment.",
                    title: "Too many requests", statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(http);
            };
        });
}
