using Bantin.Search.Analysis;

namespace Bantin.Search.Searching;

/// <summary>
/// A parsed query run through the index's analyzer once, for both the Lucene query and the snippets: the free words as
/// one text (so neighbours pair up as typed), each quoted phrase, each excluded word or phrase.
/// </summary>
internal sealed record AnalyzedQuery(
    QueryText Text, List<QueryPosition> Words, IReadOnlyList<List<QueryPosition>> Phrases, IReadOnlyList<List<QueryPosition>> Excluded)
{
    public static AnalyzedQuery Of(QueryText text) => new(
        text,
        text.Words.Count == 0 ? [] : QueryTerms.Analyze(string.Join(' ', text.Words)),
        [.. text.Phrases.Select(QueryTerms.Analyze)],
        [.. text.Excluded.Select(QueryTerms.Analyze)]);
}
