namespace Bantin.Server;

/// <summary>
/// The server's settings, from configuration (<c>Bantin:Index</c>, <c>Bantin:ApiKey</c>, <c>Bantin:ReadingConcurrency</c>,
/// <c>Bantin:ReadingQueue</c>) or the environment (<c>BANTIN_INDEX</c>, <c>BANTIN_API_KEY</c>).
/// </summary>
public sealed record ServerOptions
{
    /// <summary>Largest request body accepted (413 above).</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    public required string IndexPath { get; init; }

    /// <summary>The default index directory: <c>$BANTIN_INDEX</c>, else <c>~/.local/share/bantin/index</c>.</summary>
    public static string DefaultIndexPath =>
        Environment.GetEnvironmentVariable("BANTIN_INDEX") is { Length: > 0 } env
            ? env
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "bantin", "index");

    /// <summary>The key <c>POST /api/articles</c> requires; writes are off when null.</summary>
    public string? ApiKey { get; init; }

    /// <summary>Most requests that may read at once: more would only take turns with each other on the cores.</summary>
    public const int MaxReading = 1024;

    /// <summary>All cores but one, at least one: what <see cref="ReadingConcurrency"/> is unless configured.</summary>
    public static int DefaultReadingConcurrency => Math.Max(1, Environment.ProcessorCount - 1);

    /// <summary>Requests that may read articles at once (<c>Bantin:ReadingConcurrency</c>).</summary>
    public int ReadingConcurrency { get; init; } = DefaultReadingConcurrency;

    /// <summary>Requests that may wait for a turn to read (<c>Bantin:ReadingQueue</c>), or null for twice the
    /// concurrency; more are answered 429.</summary>
    public int? ReadingQueue { get; init; }

    /// <summary>The queue's length: <see cref="ReadingQueue"/>, or twice <see cref="ReadingConcurrency"/>.</summary>
    public int ReadingQueueLimit => ReadingQueue ?? 2 * ReadingConcurrency;
}

/// <summary>A setting the server cannot start with; its message says which and why.</summary>
public sealed class ServerConfigurationException(string message) : Exception(message);
