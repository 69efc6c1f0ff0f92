using Bantin.News.Model;

namespace Bantin.Search.Indexing;

/// <summary>
/// Indexes a stream of articles on all cores: each worker analyses (inside Lucene's <c>UpdateDocument</c>, through
/// <see cref="Analysis.VietnameseAnalyzer"/>) and adds articles; the index is committed every
/// <see cref="IngestOptions.CommitEvery"/> new articles and at the end, so a killed run loses at most the articles since
/// the last commit and the next run, which skips committed ids, picks up from there.
/// </summary>
public sealed class NewsIngester(NewsIndex index, IngestOptions? options = null)
{
    private readonly IngestOptions _options = options ?? new IngestOptions();

    /// <summary>Indexes <paramref name="articles"/>; <paramref name="summary"/> is updated as it goes. Returns it.</summary>
    public IngestSummary Run(IEnumerable<Article> articles, IngestSummary? summary = null, CancellationToken cancel = default)
    {
        summary ??= new IngestSummary();
        var (committedIds, fingerprints) = index.Committed();
        var seen = new HashSet<string>(StringComparer.Ordinal); // ids of this run: a repeated id replaces, it is not counted twice
        var seenLock = new Lock();
        var commitLock = new Lock();
        long sinceCommit = 0;

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.Threads), CancellationToken = cancel };
        try
        {
            Parallel.ForEach(articles, parallel, article =>
            {
                summary.CountRead();
                bool known = committedIds.Contains(article.Id);
                if (known && !_options.Update) { summary.CountSkipped(); return; }
                bool repeated;
                lock (seenLock) repeated = !seen.Add(article.Id);

                long fingerprint = NewsIndex.Fingerprint(article);
                if (_options.Dedup && !known && !repeated && fingerprints.Find(fingerprint, article.Id) is { } original)
                {
                    summary.CountDuplicate(article.Id, original);
                    return;
                }
                try { index.Put(article, fingerprint); }
                catch (ArgumentException e)
                {
                    // One article Lucene cannot take (an over-long id or keyword) must not stop the run.
                    summary.CountFailure(article.Id, e.Message);
                    return;
                }
                if (_options.Dedup) fingerprints.Add(fingerprint, article.Id);
                if (known || repeated) summary.CountUpdated(); else summary.CountAdded();

                if (Interlocked.Increment(ref sinceCommit) >= _options.CommitEvery)
                    lock (commitLock)
                        if (Interlocked.Read(ref sinceCommit) >= _options.CommitEvery)
                        {
                            Interlocked.Exchange(ref sinceCommit, 0);
                            index.Commit();
                            summary.CountCommit();
                        }
            });
        }
        finally
        {
            // Whatever was added is committed, also when the run is cancelled or an input fails.
            index.Commit();
            summary.CountCommit();
        }
        return summary;
    }
}
