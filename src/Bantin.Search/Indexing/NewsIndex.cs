using Bantin.News.Model;
using Bantin.Search.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Bantin.Search.Indexing;

/// <summary>
/// The writable news index in a directory: adds or replaces articles by id, commits atomically (a Lucene commit: a
/// crash leaves the last commit intact), knows which ids and fingerprints it holds. One writer per directory at a time
/// (Lucene's write lock); readers may search while it writes. Dispose commits what was added (Lucene's close).
/// </summary>
public sealed class NewsIndex : IDisposable
{
    public static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly LuceneDirectory _directory;
    private readonly IndexWriter _writer;

    private NewsIndex(string path, LuceneDirectory directory, IndexWriter writer)
    {
        Path = path;
        _directory = directory;
        _writer = writer;
    }

    public string Path { get; }

    /// <summary>The similarity used to write and search: BM25 with Lucene's defaults.</summary>
    public static Similarity Similarity { get; } = new BM25Similarity();

    /// <summary>Opens the index at <paramref name="path"/> for writing, creating it if needed.</summary>
    public static NewsIndex OpenForWriting(string path, double ramBufferMb = 64)
    {
        System.IO.Directory.CreateDirectory(path);
        var directory = FSDirectory.Open(path);
        try
        {
            var config = new IndexWriterConfig(Version, new VietnameseAnalyzer())
            {
                OpenMode = OpenMode.CREATE_OR_APPEND,
                Similarity = Similarity,
                RAMBufferSizeMB = ramBufferMb,
            };
            return new NewsIndex(path, directory, new IndexWriter(directory, config));
        }
        catch (LockObtainFailedException e)
        {
            directory.Dispose();
            throw new IndexException($"{path}: the index is locked by another writer (an ingest or a server with writes is running on it); wait for it to finish or stop it.", e);
        }
        catch (Exception e) when (e is CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or EndOfStreamException)
        {
            directory.Dispose();
            throw new IndexException($"{path}: the index is damaged ({e.Message}); move it away and ingest again.", e);
        }
    }

    /// <summary>The near-duplicate fingerprint of an article's text.</summary>
    public static long Fingerprint(Article article) => SimHash.Of(string.Join('\n', [article.Title, article.Sapo, .. article.Body]));

    /// <summary>Adds the article, or replaces the one with the same id. ArgumentException when it cannot be indexed
    /// (an id or keyword over <see cref="ArticleDocuments.MaxKeywordChars"/>); the index is unchanged then.</summary>
    public void Put(Article article, long? fingerprint = null) =>
        _writer.UpdateDocument(new Term(IndexFields.Id, article.Id), ArticleDocuments.Build(article, fingerprint ?? Fingerprint(article)));

    /// <summary>Makes everything added so far durable and visible to new readers, atomically.</summary>
    public void Commit() => _writer.Commit();

    /// <summary>Documents in the last view of the writer (committed or not).</summary>
    public int Count => _writer.NumDocs;

    /// <summary>The ids and fingerprints of the committed articles (what a resumed ingest skips).</summary>
    public (HashSet<string> Ids, NearDuplicates Fingerprints) Committed()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var fingerprints = new NearDuplicates();
        if (!DirectoryReader.IndexExists(_directory)) return (ids, fingerprints);
        using var reader = DirectoryReader.Open(_directory);
        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            var live = atomic.LiveDocs;
            var values = atomic.GetNumericDocValues(IndexFields.Fingerprint);
            for (int doc = 0; doc < atomic.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc)) continue;
                var id = atomic.Document(doc, new HashSet<string> { IndexFields.Id }).Get(IndexFields.Id);
                if (id is null) continue;
                ids.Add(id);
                if (values is not null) fingerprints.Add(values.Get(doc), id);
            }
        }
        return (ids, fingerprints);
    }

    public void Dispose()
    {
        _writer.Dispose(waitForMerges: false);
        _directory.Dispose();
    }
}
