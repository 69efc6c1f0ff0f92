using System.Text;

namespace Bantin.Text.Evaluation;

/// <summary>
/// Word segmentation scores, computed as <c>tools/ws_eval.py eval</c> does: every word becomes a span over the
/// sentence's characters with white space and <c>_</c> removed (NFC, lower case); a predicted word is right when a gold
/// word has the same span. Also precision/recall/F1 over multi-syllable words and the share of sentences segmented
/// exactly right. Sentences are compared pairwise.
/// </summary>
public sealed class SegmentationScore
{
    public long GoldWords { get; private set; }
    public long PredictedWords { get; private set; }
    public long Correct { get; private set; }
    public long GoldCompounds { get; private set; }
    public long PredictedCompounds { get; private set; }
    public long CorrectCompounds { get; private set; }
    public int Sentences { get; private set; }
    public int ExactSentences { get; private set; }
    /// <summary>Sentences whose characters differ between gold and prediction (their predicted words count as wrong).</summary>
    public int MismatchedSentences { get; private set; }

    public double Precision => PredictedWords == 0 ? 0 : (double)Correct / PredictedWords;
    public double Recall => GoldWords == 0 ? 0 : (double)Correct / GoldWords;
    public double F1 => Harmonic(Precision, Recall);
    public double CompoundPrecision => PredictedCompounds == 0 ? 0 : (double)CorrectCompounds / PredictedCompounds;
    public double CompoundRecall => GoldCompounds == 0 ? 0 : (double)CorrectCompounds / GoldCompounds;
    public double CompoundF1 => Harmonic(CompoundPrecision, CompoundRecall);
    public double ExactMatch => Sentences == 0 ? 0 : (double)ExactSentences / Sentences;

    /// <summary>Adds one sentence, both sides given as words, each word as its syllables.</summary>
    public bool Add(IReadOnlyList<IReadOnlyList<string>> gold, IReadOnlyList<IReadOnlyList<string>> predicted)
    {
        var (goldChars, goldSpans) = Spans(gold);
        var (predChars, predSpans) = Spans(predicted);
        Sentences++;
        GoldWords += goldSpans.Count;
        PredictedWords += predSpans.Count;
        var goldSet = new HashSet<(int, int)>();
        var goldCompounds = new HashSet<(int, int)>();
        foreach (var (s, e, n) in goldSpans)
        {
            goldSet.Add((s, e));
            if (n >= 2) goldCompounds.Add((s, e));
        }
        GoldCompounds += goldCompounds.Count;
        bool sameText = goldChars == predChars;
        if (!sameText) MismatchedSentences++;
        int correct = 0;
        foreach (var (s, e, n) in predSpans)
        {
            if (n >= 2) PredictedCompounds++;
            if (!sameText || !goldSet.Contains((s, e))) continue;
            correct++;
            if (n >= 2 && goldCompounds.Contains((s, e))) CorrectCompounds++;
        }
        Correct += correct;
        bool exact = sameText && correct == goldSpans.Count && predSpans.Count == goldSpans.Count;
        if (exact) ExactSentences++;
        return exact;
    }

    private static (string Chars, List<(int Start, int End, int Syllables)> Spans) Spans(IReadOnlyList<IReadOnlyList<string>> words)
    {
        var chars = new StringBuilder();
        var spans = new List<(int, int, int)>(words.Count);
        foreach (var word in words)
        {
            int start = chars.Length;
            foreach (var syllable in word) AppendFolded(chars, syllable);
            spans.Add((start, chars.Length, word.Count));
        }
        return (chars.ToString(), spans);
    }

    /// <summary>NFC and a length-preserving lower-casing, as the reference scorer does.</summary>
    private static void AppendFolded(StringBuilder chars, string syllable)
    {
        foreach (char c in syllable.Normalize(NormalizationForm.FormC))
        {
            if (char.IsWhiteSpace(c) || c == '_') continue;
            chars.Append(char.ToLowerInvariant(c));
        }
    }

    private static double Harmonic(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}
