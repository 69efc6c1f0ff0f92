using Bantin.News.Model;
using Bantin.Search.Indexing;
using Bantin.Search.Searching;

namespace Bantin.Server;

/// <summary>
/// The server's view of the index: a searcher opened on first use (and again once an index appears, or after it was
/// replaced underneath), refreshed at most twice a second so it sees what an ingest committed. A write opens the index
/// writer, adds, commits and closes it again, so `bantin ingest` can still write between two API writes; writes are
/// serialised by their own lock, and searches never wait for them. Thread-safe.
/// </summary>
public sealed class IndexHolder(ServerOptions options) : IDisposable
{
    private readonly Lock _searchLock = new();
    private readonly Lock _writeLock = new();
    private NewsSearcher? _searcher;
    private DateTime _lastRefresh;

    public string Path => options.IndexPath;

    /// <summary>The searcher, or null with the reason when there is no usable index.</summary>
    public NewsSearcher? Searcher(out string? problem)
    {
        problem = null;
        lock (_searchLock)
        {
            if (_searcher is not null && DateTime.UtcNow - _lastRefresh > TimeSpan.FromMilliseconds(500))
            {
                try
                {
                    _searcher.Refresh();
                    _lastRefresh = DateTime.UtcNow;
                }
                catch (IndexException)
                {
                    _searcher.Dispose(); // removed or replaced underneath: open it again below
                    _searcher = null;
                }
            }
            if (_searcher is null)
            {
                try
                {
                    _searcher = NewsSearcher.Open(options.IndexPath);
                    _lastRefresh = DateTime.UtcNow;
                }
                catch (IndexException e) { problem = e.Message; return null; }
            }
            return _searcher;
        }
    }

    /// <summary>Adds or replaces an article and commits. IndexException when the index is locked or damaged,
    /// ArgumentException when the article cannot be indexed (an over-long id or keyword).</summary>
    public void Put(Article article)
    {
        lock (_writeLock)
        {
            using var writer = NewsIndex.OpenForWriting(options.IndexPath);
            writer.Put(article);
            writer.Commit();
        }
        lock (_searchLock) _lastRefresh = DateTime.MinValue; // the next search refreshes
    }

    public void Dispose()
    {
        lock (_searchLock) _searcher?.Dispose();
    }
}
