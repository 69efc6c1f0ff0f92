using Bantin.Search.Analysis;
using Bantin.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Bantin.Search.Searching;

/// <summary>
/// Turns a parsed query into a Lucene query. Free words match in title, sapo and body (weighted 3 : 1.5 : 1) through
/// their folded terms, so any diacritics (all, some, none) find the article; a term typed with diacritics also scores
/// its exact form, so exact-accent matches rank above folded ones; words of five letters or more also match one typo
/// away; the words as a phrase, and within a few positions of each other, add large boosts — what lets a fragment of
/// a title or a sapo find its article among thousands that share its common words.
/// </summary>
public static class QueryBuilder
{
    private const float AccentBoost = 1.5f, FuzzyBoost = 0.2f, PhraseBoost = 4f, NearBoost = 2f, WordBoost = 0.5f;
    private const int NearSlop = 4, FuzzyMinLength = 5;

    /// <summary>Share of documents above which a word is common (see <see cref="Build"/>).</summary>
    public const double CommonShare = 0.2;

    /// <summary>Terms in fewer documents than this also match one edit away.</summary>
    public const int TypoMaxDocFreq = 3;

    /// <param name="docFreq">How many documents hold a term: a typo is looked for only where the typed term is rare
    /// (fewer than <see cref="TypoMaxDocFreq"/> documents), which keeps fuzzy matching off the common words.</param>
    /// <param name="documents">Documents in the index: with <paramref name="docFreq"/>, words in more than
    /// <see cref="CommonShare"/> of them score only through the phrase clauses (their BM25 weight is near zero, their
    /// postings are the longest), when the query has three words or more.</param>
    public static Query Build(QueryText query, SearchRequest request, Func<Term, int>? docFreq = null, int documents = 0) =>
        Build(AnalyzedQuery.Of(query), request, docFreq, documents);

    /// <summary>The same, from a query already analysed (the searcher also marks its terms in snippets).</summary>
    internal static Query Build(AnalyzedQuery analyzed, SearchRequest request, Func<Term, int>? docFreq = null, int documents = 0)
    {
        var query = analyzed.Text;
        var root = new BooleanQuery(disableCoord: true);
        var positions = analyzed.Words;
        if (positions.Count > 0)
        {
            var words = new BooleanQuery(disableCoord: true);
            foreach (var (field, boost) in IndexFields.Searched)
            {
                var q = Words(field, positions, docFreq, documents);
                q.Boost = boost;
                words.Add(q, Occur.SHOULD);
                if (positions.Count >= 2)
                {
                    var exact = Phrase(field, positions, slop: 0, accented: false);
                    exact.Boost = boost * PhraseBoost;
                    words.Add(exact, Occur.SHOULD);
                    if (!RepeatsOften(positions))
                    {
                        var near = Phrase(field, positions, slop: NearSlop, accented: false);
                        near.Boost = boost * NearBoost;
                        words.Add(near, Occur.SHOULD);
                    }
                }
            }
            root.Add(words, Occur.MUST);
        }
        foreach (var phrase in analyzed.Phrases)
            if (AnyField(phrase, exactAccents: true) is { } q) root.Add(q, Occur.MUST);
        foreach (var excluded in analyzed.Excluded)
            if (AnyField(excluded, exactAccents: false) is { } q) root.Add(q, Occur.MUST_NOT);

        var filters = new List<(string Field, string Value)>(query.Filters);
        if (request.Source is { Length: > 0 } s) filters.Add((IndexFields.Source, s));
        if (request.Category is { Length: > 0 } c) filters.Add((IndexFields.Category, c));
        if (request.Author is { Length: > 0 } a) filters.Add((IndexFields.Author, a));
        foreach (var (field, value) in filters)
            root.Add(new ConstantScoreQuery(new TermQuery(new Term(field, ArticleDocuments.KeyOf(value)))) { Boost = 0 }, Occur.MUST);

        var from = Later(query.From, request.From);
        var to = Earlier(query.To, request.To);
        if (from is not null || to is not null)
            root.Add(new ConstantScoreQuery(NumericRangeQuery.NewInt64Range(IndexFields.Published,
                from?.ToUnixTimeSeconds() ?? long.MinValue + 1, to?.ToUnixTimeSeconds() ?? long.MaxValue, true, true)) { Boost = 0 }, Occur.MUST);

        bool positive = root.Clauses.Any(c => c.Occur == Occur.MUST);
        if (!positive) root.Add(new MatchAllDocsQuery(), Occur.MUST);
        return root;
    }

    /// <summary>Each position: its folded term, its exact form if typed with diacritics, a one-typo match if long.</summary>
    private static BooleanQuery Words(string field, List<QueryPosition> positions, Func<Term, int>? docFreq, int documents)
    {
        var q = new BooleanQuery(disableCoord: true);
        // Common words are left to the phrase clauses only while at least two rarer words that occur in this field still
        // match on their own, so a query of common words ("chinh phu kinh te") keeps finding articles where they stand apart.
        var common = new bool[positions.Count];
        if (docFreq is not null && documents >= 100 && positions.Count >= 3)
        {
            int rare = 0;
            for (int i = 0; i < positions.Count; i++)
            {
                int df = docFreq(new Term(field, positions[i].Folded));
                common[i] = df > CommonShare * documents;
                if (df > 0 && !common[i]) rare++;
            }
            if (rare < 2) Array.Clear(common);
        }
        for (int i = 0; i < positions.Count; i++)
        {
            var p = positions[i];
            if (common[i]) continue;
            var one = new BooleanQuery(disableCoord: true) { new BooleanClause(new TermQuery(new Term(field, p.Folded)), Occur.SHOULD) };
            if (p.HasDiacritics) one.Add(new TermQuery(new Term(field, p.Accented)) { Boost = AccentBoost }, Occur.SHOULD);
            var folded = new Term(field, p.Folded);
            if (p.Folded.Length >= FuzzyMinLength && p.Folded.All(char.IsLetter) && (docFreq is null || docFreq(folded) < TypoMaxDocFreq))
                one.Add(new FuzzyQuery(folded, maxEdits: 1, prefixLength: 1) { Boost = FuzzyBoost }, Occur.SHOULD);
            if (p.Word is not null && p.WordLength > 1)
                one.Add(new TermQuery(new Term(field, p.HasDiacritics ? p.Word : p.FoldedWord!)) { Boost = WordBoost }, Occur.SHOULD);
            q.Add(one, Occur.SHOULD);
        }
        // Two syllables typed apart may be written as one word in the article: "o to" finds "ôtô", "ti vi" "tivi".
        for (int i = 0; i + 1 < positions.Count; i++)
            if (CanJoin(positions[i], positions[i + 1]))
                q.Add(new TermQuery(new Term(field, positions[i].Folded + positions[i + 1].Folded)), Occur.SHOULD);
        return q;
    }

    /// <summary>Whether two neighbouring query syllables may also match as one word written together (letters only).</summary>
    internal static bool CanJoin(QueryPosition first, QueryPosition second) =>
        first.Folded.All(char.IsLetter) && second.Folded.All(char.IsLetter);

    // A word typed more than MaxNearRepeats times: Lucene's sloppy phrase scorer tries the repeats' placements against
    // each other in every document holding the word ("lúa lúa lúa …" ×250 against a text full of "lúa": 30 s), so such a
    // query gets no near-phrase clause (6 of the 6,000 dev queries; the exact phrase and the words still count).
    private const int MaxNearRepeats = 3;

    private static bool RepeatsOften(List<QueryPosition> positions) =>
        positions.CountBy(p => p.Folded).Any(g => g.Value > MaxNearRepeats);

    private static PhraseQuery Phrase(string field, List<QueryPosition> positions, int slop, bool accented)
    {
        var phrase = new PhraseQuery { Slop = slop };
        for (int i = 0; i < positions.Count; i++)
            phrase.Add(new Term(field, accented ? positions[i].Accented : positions[i].Folded), i);
        return phrase;
    }

    /// <summary>A phrase in any searched field; with diacritics typed, <paramref name="exactAccents"/> asks for them.</summary>
    private static Query? AnyField(List<QueryPosition> positions, bool exactAccents)
    {
        if (positions.Count == 0) return null;
        bool accented = exactAccents && positions.Any(p => p.HasDiacritics);
        var any = new BooleanQuery(disableCoord: true);
        foreach (var (field, boost) in IndexFields.Searched)
        {
            Query q = positions.Count == 1
                ? new TermQuery(new Term(field, accented ? positions[0].Accented : positions[0].Folded))
                : Phrase(field, positions, 0, accented);
            q.Boost = boost * PhraseBoost;
            any.Add(q, Occur.SHOULD);
        }
        return any;
    }

    private static DateTimeOffset? Later(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;
    private static DateTimeOffset? Earlier(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a < b ? a : b;
}
