using Bantin.News.Model;
using Bantin.Search.Indexing;
using Bantin.Search.Searching;

namespace Bantin.Server;

/// <summary>
/// The server's view of the index: a searcher opened on first use (and again once an index appears), refreshed before
/// each request so it sees what an ingest committed; a writer opened on the first write and kept (writes are rare).
/// Thread-safe.
/// </summary>
public sealed class IndexHolder(ServerOptions options) : IDisposable
{
    private readonly Lock _lock = new();
    private NewsSearcher? _searcher;
    private NewsIndex? _writer;
    private DateTime _lastRefresh;

    public string Path => options.IndexPath;

    /// <summary>The searcher, or null with the reason when there is no usable index.</summary>
    public NewsSearcher? Searcher(out string? problem)
    {
        problem = null;
        lock (_lock)
        {
            if (_searcher is null)
            {
                try { _searcher = NewsSearcher.Open(options.IndexPath); }
                catch (IndexException e) { problem = e.Message; return null; }
            }
            else if (DateTime.UtcNow - _lastRefresh > TimeSpan.FromMilliseconds(500))
            {
                _searcher.Refresh();
                _lastRefresh = DateTime.UtcNow;
            }
            return _searcher;
        }
    }

    /// <summary>Adds or replaces an article and commits; the next search sees it.</summary>
    public void Put(Article article)
    {
        lock (_lock)
        {
            _writer ??= NewsIndex.OpenForWriting(options.IndexPath);
            _writer.Put(article, SimHash.Of(string.Join('\n', [article.Title, article.Sapo, .. article.Body])));
            _writer.Commit();
            _searcher?.Refresh();
            _lastRefresh = DateTime.UtcNow;
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _searcher?.Dispose();
            _writer?.Dispose();
        }
    }
}
