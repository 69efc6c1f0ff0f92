using Bantin.News.Model;
using Bantin.Search.Analysis;
using Bantin.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Bantin.Search.Searching;

/// <summary>
/// Searches a news index: ranked hits with snippets, facet counts, single articles, related articles. Thread-safe;
/// <see cref="Refresh"/> picks up what a writer committed since (searches keep working while an ingest runs).
/// </summary>
public sealed class NewsSearcher : IDisposable
{
    private readonly LuceneDirectory _directory;
    private readonly SearcherManager _manager;

    private NewsSearcher(string path, LuceneDirectory directory, SearcherManager manager)
    {
        Path = path;
        _directory = directory;
        _manager = manager;
    }

    public string Path { get; }

    /// <summary>Opens the index at <paramref name="path"/> for searching.</summary>
    public static NewsSearcher Open(string path)
    {
        if (!System.IO.Directory.Exists(path)) throw new IndexException($"{path}: no index there; create one with 'bantin ingest <files> --index {path}'.");
        var directory = FSDirectory.Open(path);
        try
        {
            if (!DirectoryReader.IndexExists(directory))
                throw new IndexException($"{path}: no index there (no committed segments); create one with 'bantin ingest <files> --index {path}'.");
            return new NewsSearcher(path, directory, new SearcherManager(directory, new Factory()));
        }
        catch (IndexException)
        {
            directory.Dispose();
            throw;
        }
        catch (Exception e) when (e is CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or EndOfStreamException or FileNotFoundException)
        {
            directory.Dispose();
            throw new IndexException($"{path}: the index is damaged ({e.Message}); move it away and ingest again.", e);
        }
    }

    private sealed class Factory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = NewsIndex.Similarity };
    }

    /// <summary>Sees commits made since opening (cheap when nothing changed). IndexException when the index was
    /// removed or damaged underneath.</summary>
    public void Refresh()
    {
        try { _manager.MaybeRefresh(); }
        catch (Exception e) when (e is IOException or CorruptIndexException or ObjectDisposedException)
        {
            throw new IndexException($"{Path}: the index changed underneath and cannot be read ({e.Message}).", e);
        }
    }

    /// <summary>Articles in the index.</summary>
    public int Count => Use(s => s.IndexReader.NumDocs);

    public SearchResult Search(SearchRequest request)
    {
        if (request.Validate() is { } problem) throw new ArgumentException(problem, nameof(request));
        var analyzed = AnalyzedQuery.Of(QueryText.Parse(request.Query));
        var terms = TermsOf([analyzed.Words, .. analyzed.Phrases]);
        return Use(searcher =>
        {
            var query = QueryBuilder.Build(analyzed, request, searcher.IndexReader.DocFreq, searcher.IndexReader.NumDocs);
            int wanted = request.Page * request.Top;
            var sort = request.Sort switch
            {
                // Undated articles (no doc value) go last either way.
                SearchSort.Newest => new Sort(ByDate(reverse: true, missing: long.MinValue), SortField.FIELD_SCORE),
                SearchSort.Oldest => new Sort(ByDate(reverse: false, missing: long.MaxValue), SortField.FIELD_SCORE),
                _ => null,
            };
            FacetCounter? facets = request.Facets ? new FacetCounter(IndexFields.Facets) : null;
            TopDocs top;
            if (sort is null)
            {
                var collector = TopScoreDocCollector.Create(wanted, docsScoredInOrder: false);
                searcher.Search(query, facets is null ? collector : MultiCollector.Wrap(collector, facets));
                top = collector.GetTopDocs();
            }
            else
            {
                var collector = TopFieldCollector.Create(sort, wanted, fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
                searcher.Search(query, facets is null ? collector : MultiCollector.Wrap(collector, facets));
                top = collector.GetTopDocs();
            }
            var hits = new List<SearchHit>();
            for (int i = (request.Page - 1) * request.Top; i < top.ScoreDocs.Length; i++)
                hits.Add(Hit(searcher.Doc(top.ScoreDocs[i].Doc), top.ScoreDocs[i].Score, request.Snippets ? terms : null));
            return new SearchResult
            {
                Query = request.Query,
                Total = top.TotalHits,
                Hits = hits,
                Facets = facets?.Result() ?? new Dictionary<string, IReadOnlyList<FacetCount>>(),
            };
        });
    }

    private static SortField ByDate(bool reverse, long missing)
    {
        var field = new SortField(IndexFields.Published, SortFieldType.INT64, reverse);
        field.SetMissingValue(missing);
        return field;
    }

    private static readonly VietnameseAnalyzer RelatedAnalyzer = new();

    /// <summary>The article with this id, or null.</summary>
    public Article? Get(string id) => Use(searcher =>
    {
        var top = searcher.Search(new TermQuery(new Term(IndexFields.Id, id)), 1);
        return top.TotalHits == 0 ? null : ArticleDocuments.Read(searcher.Doc(top.ScoreDocs[0].Doc));
    });

    /// <summary>Articles most like the one with this id (more-like-this over its folded terms); null when the id is unknown.</summary>
    public IReadOnlyList<SearchHit>? Related(string id, int top = 5) => Use<IReadOnlyList<SearchHit>?>(searcher =>
    {
        var found = searcher.Search(new TermQuery(new Term(IndexFields.Id, id)), 1);
        if (found.TotalHits == 0) return null;
        int docId = found.ScoreDocs[0].Doc;
        var mlt = new MoreLikeThis(searcher.IndexReader)
        {
            Analyzer = RelatedAnalyzer,
            FieldNames = [IndexFields.Title, IndexFields.Sapo, IndexFields.Body],
            MinTermFreq = 1,
            MinDocFreq = 2,
            MaxQueryTerms = 40,
            MinWordLen = 2,
        };
        var like = new BooleanQuery { { mlt.Like(docId), Occur.MUST }, { new TermQuery(new Term(IndexFields.Id, id)), Occur.MUST_NOT } };
        var hits = searcher.Search(like, top);
        var doc = searcher.Doc(docId);
        var terms = TermsOf([QueryTerms.Analyze(doc.Get(IndexFields.Title) ?? "")]);
        return hits.ScoreDocs.Select(h => Hit(searcher.Doc(h.Doc), h.Score, terms)).ToList();
    });

    private static SearchHit Hit(Lucene.Net.Documents.Document doc, float score, IReadOnlySet<string>? terms)
    {
        var article = ArticleDocuments.Read(doc);
        string snippet = "";
        IReadOnlyList<Highlight> highlights = [];
        if (terms is not null)
        {
            var sapo = Snippets.Make(article.Sapo, terms);
            var body = Snippets.Make(string.Join('\n', article.Body), terms);
            (snippet, highlights, _) = body.Matches > sapo.Matches ? body : sapo.Snippet.Length > 0 ? sapo : body;
        }
        return new SearchHit
        {
            Id = article.Id,
            Score = score,
            Title = article.Title,
            Sapo = article.Sapo,
            Snippet = snippet,
            Highlights = highlights,
            Published = article.Published,
            Source = article.Source,
            Category = article.Category,
            Author = article.Author,
            Url = article.Url,
        };
    }

    /// <summary>
    /// The terms a snippet marks: the accented and folded form of every analysed syllable, and two neighbouring
    /// syllables of one text run together, as the query matches them (<c>o to</c> marks <c>ôtô</c>).
    /// </summary>
    private static HashSet<string> TermsOf(IEnumerable<List<QueryPosition>> texts)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var positions in texts)
        {
            for (int i = 0; i < positions.Count; i++)
            {
                terms.Add(positions[i].Folded);
                terms.Add(positions[i].Accented);
                if (i + 1 < positions.Count && QueryBuilder.CanJoin(positions[i], positions[i + 1]))
                    terms.Add(positions[i].Folded + positions[i + 1].Folded);
            }
        }
        return terms;
    }

    private T Use<T>(Func<IndexSearcher, T> action)
    {
        var searcher = _manager.Acquire();
        try { return action(searcher); }
        finally { _manager.Release(searcher); }
    }

    public void Dispose()
    {
        _manager.Dispose();
        _directory.Dispose();
    }
}
