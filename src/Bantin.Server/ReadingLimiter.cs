using System.Threading.RateLimiting;
using Bantin.News.Model;
using Bantin.Server.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Bantin.Server;

/// <summary>
/// How many requests may read articles at once (<c>POST /api/analyze</c>, <c>POST /api/articles</c>): reading is CPU
/// work that cannot be stopped once started, bounded per request (docs/benchmarks.md) but not in number, so by default
/// one core is left for searches. A turn is taken once the body has arrived (a slow upload holds no one up), a few
/// more requests wait for one, and beyond that the answer is 429 with a problem description and <c>Retry-After</c>,
/// never a queue that grows without end. One per server; thread-safe.
/// </summary>
public sealed class ReadingLimiter(ServerOptions options) : IDisposable
{
    private readonly ConcurrencyLimiter _limiter = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = options.ReadingConcurrency,
        QueueLimit = options.ReadingQueueLimit,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    /// <summary>Turns free and requests waiting.</summary>
    public RateLimiterStatistics? Statistics => _limiter.GetStatistics();

    /// <summary>Takes a turn as a reading request does (tests hold turns with it); dispose the lease to give it back.</summary>
    internal ValueTask<RateLimitLease> TakeTurnAsync(CancellationToken cancel = default) => _limiter.AcquireAsync(1, cancel);

    /// <summary>
    /// Reads <paramref name="body"/> (of media type <paramref name="type"/>) in turn: the article or why it is not one,
    /// or, when no turn is free and the queue is full, the 429 problem (with <c>Retry-After</c> set on
    /// <paramref name="response"/>).
    /// </summary>
    public async Task<(Article? Article, ProblemHttpResult? Problem)> ReadAsync(
        string body, string type, HttpResponse response, CancellationToken cancel)
    {
        using var lease = await TakeTurnAsync(cancel);
        if (!lease.IsAcquired)
        {
            response.Headers.RetryAfter = "1";
            return (null, TypedResults.Problem(
                $"This server reads {options.ReadingConcurrency} article{(options.ReadingConcurrency == 1 ? "" : "s")} at a time "
                + $"and lets {options.ReadingQueueLimit} more wait; send this one again in a moment.",
                title: "Too many requests", statusCode: StatusCodes.Status429TooManyRequests));
        }
        var (article, problem) = ArticleReading.Read(body, type);
        return article is null ? (null, Problems.BadRequest(problem!)) : (article, null);
    }

    public void Dispose() => _limiter.Dispose();
}
