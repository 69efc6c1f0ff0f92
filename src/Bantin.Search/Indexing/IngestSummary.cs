namespace Bantin.Search.Indexing;

/// <summary>What an ingest did. Counters are updated while it runs (read them for progress).</summary>
public sealed class IngestSummary
{
    private long _read, _added, _updated, _skipped, _duplicates, _errors, _commits;

    /// <summary>Articles read from the inputs.</summary>
    public long Read => Interlocked.Read(ref _read);
    /// <summary>New articles indexed.</summary>
    public long Added => Interlocked.Read(ref _added);
    /// <summary>Articles that replaced an indexed one with the same id (with <see cref="IngestOptions.Update"/>).</summary>
    public long Updated => Interlocked.Read(ref _updated);
    /// <summary>Articles whose id was already indexed (skipped without <see cref="IngestOptions.Update"/>).</summary>
    public long Skipped => Interlocked.Read(ref _skipped);
    /// <summary>Near-duplicates not indexed (with <see cref="IngestOptions.Dedup"/>).</summary>
    public long Duplicates => Interlocked.Read(ref _duplicates);
    /// <summary>Inputs or records that could not be read.</summary>
    public long Errors => Interlocked.Read(ref _errors);
    /// <summary>Commits made.</summary>
    public long Commits => Interlocked.Read(ref _commits);

    /// <summary>Articles read but refused by the index (an over-long id or keyword): (id, reason).</summary>
    public List<(string Id, string Reason)> Failures { get; } = new();

    /// <summary>The near-duplicates found: (skipped id, id of the indexed article it duplicates).</summary>
    public List<(string Id, string DuplicateOf)> DuplicatePairs { get; } = new();

    internal void CountRead() => Interlocked.Increment(ref _read);
    internal long CountAdded() => Interlocked.Increment(ref _added);
    internal long CountUpdated() => Interlocked.Increment(ref _updated);
    internal void CountSkipped() => Interlocked.Increment(ref _skipped);
    /// <summary>Counts an input or record the caller could not read (the ingester sees only articles).</summary>
    public void CountError() => Interlocked.Increment(ref _errors);
    internal void CountCommit() => Interlocked.Increment(ref _commits);

    internal void CountFailure(string id, string reason)
    {
        Interlocked.Increment(ref _errors);
        lock (Failures) Failures.Add((id.Length > 80 ? id[..80] + "…" : id, reason));
    }

    internal void CountDuplicate(string id, string of)
    {
        Interlocked.Increment(ref _duplicates);
        lock (DuplicatePairs) DuplicatePairs.Add((id, of));
    }
}
