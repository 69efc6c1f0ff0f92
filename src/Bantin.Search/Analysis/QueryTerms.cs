using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Bantin.Search.Analysis;

/// <summary>One position of an analyzed query: its accented and folded terms, and the word that starts there, if any.</summary>
public sealed record QueryPosition(string Accented, string Folded, string? Word, string? FoldedWord, int WordLength)
{
    /// <summary>True when the user typed diacritics here (the accented term says more than the folded one).</summary>
    public bool HasDiacritics => Accented != Folded;
}

/// <summary>Runs query text through the same analyzer as the index and groups the terms by position.</summary>
public static class QueryTerms
{
    private static readonly VietnameseAnalyzer Analyzer = new();

    public static List<QueryPosition> Analyze(string text)
    {
        var positions = new List<QueryPosition>();
        using var stream = Analyzer.GetTokenStream("q", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        var length = stream.AddAttribute<IPositionLengthAttribute>();
        stream.Reset();
        string? accented = null, folded = null, word = null, foldedWord = null;
        int wordLength = 0;
        void Flush()
        {
            if (accented is not null) positions.Add(new QueryPosition(accented, folded ?? accented, word, foldedWord ?? word, wordLength));
            accented = folded = word = foldedWord = null;
            wordLength = 0;
        }
        while (stream.IncrementToken())
        {
            var value = term.ToString();
            switch (type.Type)
            {
                case "<syllable>": Flush(); accented = value; break;
                case "<folded>": folded = value; break;
                case "<word>": word = value; wordLength = length.PositionLength; break;
                default: foldedWord = value; break;
            }
        }
        Flush();
        stream.End();
        return positions;
    }
}
