using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Bantin.Search.Tests;

/// <summary>One emitted token with every attribute the index reads.</summary>
public sealed record Emitted(string Term, int Start, int End, int Increment, int Length, string Type);

/// <summary>Runs an analyzer the way Lucene does (reset, increment, end, dispose) and checks the stream's contract.</summary>
public static class AnalyzerAssert
{
    public static List<Emitted> Tokens(Analyzer analyzer, string text, out int finalOffset)
    {
        var list = new List<Emitted>();
        using var stream = analyzer.GetTokenStream("f", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var inc = stream.AddAttribute<IPositionIncrementAttribute>();
        var len = stream.AddAttribute<IPositionLengthAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            list.Add(new Emitted(term.ToString(), offset.StartOffset, offset.EndOffset, inc.PositionIncrement, len.PositionLength, type.Type));
        stream.End();
        finalOffset = offset.EndOffset;
        return list;
    }

    /// <summary>Lucene's invariants: offsets within the text and never going backwards, a first increment of 1, no empty terms.</summary>
    public static List<Emitted> WellFormed(Analyzer analyzer, string text)
    {
        var tokens = Tokens(analyzer, text, out int final);
        Assert.Equal(text.Length, final);
        int lastStart = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            Assert.True(t.Term.Length > 0, $"empty term at {i}");
            Assert.InRange(t.Start, 0, text.Length);
            Assert.InRange(t.End, t.Start, text.Length);
            Assert.True(t.Start >= lastStart, $"offsets go backwards at token {i} ({t.Term}: {t.Start} < {lastStart})");
            lastStart = t.Start;
            Assert.True(i > 0 || t.Increment == 1, "the first token must have position increment 1");
            Assert.InRange(t.Increment, 0, 1);
            Assert.True(t.Length >= 1);
        }
        return tokens;
    }
}
