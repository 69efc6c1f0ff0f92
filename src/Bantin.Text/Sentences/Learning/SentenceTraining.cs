using System.Diagnostics;
using System.Globalization;
using Bantin.Text.Evaluation;
using Bantin.Text.Learning;
using Bantin.Text.Normalization;

namespace Bantin.Text.Sentences.Learning;

/// <summary>
/// Builds the <see cref="SentenceModel"/> from articles whose body has one sentence per line, made into paragraphs
/// exactly as <c>bantin eval sentences</c> makes them: every candidate the rules find in the normalized paragraph is
/// one example, labelled by whether a gold sentence ends there. An averaged perceptron; the examples are visited in
/// a seeded order, so the same data gives the same model.
/// </summary>
public static class SentenceTraining
{
    private const int HashBits = 19;
    private const int Seed = 17;

    /// <summary>Trains on the first <paramref name="limit"/> articles of <paramref name="goldJsonl"/>.</summary>
    /// <param name="log">One line for the examples, one per pass.</param>
    public static SentenceModel Train(string goldJsonl, int limit = int.MaxValue, int epochs = 4, Action<string>? log = null)
    {
        var clock = Stopwatch.StartNew();
        var examples = new Examples();
        int paragraphs = 0;
        foreach (var paragraph in SentenceEvaluation.FromJsonl(goldJsonl, limit))
        {
            examples.Add(paragraph);
            paragraphs++;
        }
        log?.Invoke(string.Create(CultureInfo.InvariantCulture,
            $"{paragraphs} paragraphs, {examples.Count} candidates ({examples.Positive} sentence ends), {clock.Elapsed.TotalSeconds:F1} s"));

        var perceptron = new AveragedPerceptron(HashBits);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(Seed);
        for (int e = 0; e < epochs; e++)
        {
            clock.Restart();
            random.Shuffle(order);
            int mistakes = 0;
            foreach (int k in order)
                if (perceptron.Learn(examples.Features(k), examples.Label(k))) mistakes++;
            log?.Invoke(string.Create(CultureInfo.InvariantCulture, $"pass {e + 1}/{epochs}: {mistakes} mistakes, {clock.Elapsed.TotalSeconds:F1} s"));
        }
        return new SentenceModel(perceptron.Model());
    }

    /// <summary>The candidates' features, flat, and their labels.</summary>
    private sealed class Examples
    {
        private readonly List<uint> _features = [];
        private readonly List<bool> _labels = [];
        private readonly List<SentenceSpan> _scratch = [];

        public int Count => _labels.Count;

        public int Positive => _labels.Count(l => l);

        public ReadOnlySpan<uint> Features(int k) =>
            System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_features).Slice(k * SentenceFeatures.Count, SentenceFeatures.Count);

        public bool Label(int k) => _labels[k];

        public void Add(SentenceEvaluation.Paragraph paragraph)
        {
            var gold = new HashSet<int>();
            int end = 0;
            foreach (var sentence in paragraph.Sentences)
            {
                end += sentence.Length;
                gold.Add(end);
                end++;
            }
            var normalized = TextNormalizer.Default.Normalize(paragraph.Text);
            var collector = new Collector(this, gold, normalized.Map);
            _scratch.Clear();
            SentenceSplitter.Walk(normalized.Text, _scratch, ref collector);
        }

        private readonly struct Collector(Examples examples, HashSet<int> gold, OffsetMap map) : SentenceSplitter.IDecider
        {
            public bool Decide(ReadOnlySpan<char> text, in SentenceCandidate candidate)
            {
                Span<uint> features = stackalloc uint[SentenceFeatures.Count];
                SentenceFeatures.Compute(text, candidate, features);
                bool label = gold.Contains(map.ToOriginalEnd(candidate.End));
                foreach (uint f in features) examples._features.Add(f);
                examples._labels.Add(label);
                return label;
            }
        }
    }
}
