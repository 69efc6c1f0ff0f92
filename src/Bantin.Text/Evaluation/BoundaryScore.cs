namespace Bantin.Text.Evaluation;

/// <summary>Precision/recall/F1 of predicted boundaries against gold ones.</summary>
public readonly record struct BoundaryScore(int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>
    /// Scores segmentations given as pieces (sentences, paragraphs): a boundary is the count of non-space characters
    /// (Unicode code points, as the python scorers count) before it. Pieces are NFC-normalized and trimmed; empty ones skipped.
    /// </summary>
    public static BoundaryScore Compute(IEnumerable<string> gold, IEnumerable<string> predicted, out long goldLength, out long predictedLength)
    {
        var g = Boundaries(gold, out goldLength);
        var p = Boundaries(predicted, out predictedLength);
        int correct = 0;
        foreach (var b in p) if (g.Contains(b)) correct++;
        return new BoundaryScore(g.Count, p.Count, correct);
    }

    private static HashSet<long> Boundaries(IEnumerable<string> pieces, out long length)
    {
        var set = new HashSet<long>();
        long pos = 0;
        foreach (var raw in pieces)
        {
            var piece = raw.Normalize(System.Text.NormalizationForm.FormC);
            long n = NonSpaceCodePoints(piece);
            if (n == 0) continue;
            pos += n;
            set.Add(pos);
        }
        length = pos;
        return set;
    }

    /// <summary>Code points that are not white space by Python's <c>str.isspace</c>.</summary>
    public static long NonSpaceCodePoints(ReadOnlySpan<char> s)
    {
        long n = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { n++; i++; continue; }
            if (!IsPythonSpace(c)) n++;
        }
        return n;
    }

    private static bool IsPythonSpace(char c) => char.IsWhiteSpace(c) || c is >= '\u001C' and <= '\u001F';
}
