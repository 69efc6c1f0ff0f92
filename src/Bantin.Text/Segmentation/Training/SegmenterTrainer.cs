namespace Bantin.Text.Segmentation.Training;

/// <summary>Options of <see cref="SegmenterTrainer"/>.</summary>
public sealed record SegmenterTrainingOptions
{
    /// <summary>Passes over the data.</summary>
    public int Epochs { get; init; } = 25;

    /// <summary>Seed of the shuffling between passes: the same data and seed give the same model, byte for byte.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Averaged weights smaller than this (in absolute value) are dropped from the model.</summary>
    public float MinWeight { get; init; } = 0.0f;
}

/// <summary>
/// Trains the segmenter's averaged perceptron: one binary decision per gap (inside a word or between two words), with
/// the decision at the previous gap as a feature, learned from its own predictions.
/// </summary>
public static class SegmenterTrainer
{
    private const int DynamicVariants = 5; // run lengths 1..5+

    /// <summary>Trains on <paramref name="sentences"/>; <paramref name="progress"/> hears (epoch, errors, gaps) after each pass.</summary>
    public static void Train(
        IReadOnlyList<SegmentedSentence> sentences, WordLexiconSource lexiconSource, SegmenterTrainingOptions options,
        Stream output, Action<int, int, int>? progress = null)
    {
        var lexicon = lexiconSource.Build();
        var ids = new Dictionary<ulong, int>();
        var keys = new List<ulong>();
        int Id(ulong key)
        {
            if (ids.TryGetValue(key, out int id)) return id;
            ids[key] = id = keys.Count;
            keys.Add(key);
            return id;
        }

        // Features of every gap, computed once: the static ones, then the dynamic ones for each run length.
        var staticIds = new List<int>();
        var dynamicIds = new List<int>();
        var gapGold = new List<bool>();
        var gapIsBreak = new List<bool>();
        var sentenceGap = new int[sentences.Count + 1];
        var sequence = new UnitSequence();
        Span<ulong> features = stackalloc ulong[Features.MaxPerGap];
        var staticOffsets = new List<int>();
        for (int si = 0; si < sentences.Count; si++)
        {
            var sentence = sentences[si];
            int n = sentence.Units.Count;
            sequence.Reset(n);
            for (int i = 0; i < n; i++) sequence.Set(i, sentence.Units[i]);
            sequence.MatchWords(lexicon);
            sentenceGap[si] = gapGold.Count;
            for (int g = 1; g < n; g++)
            {
                staticOffsets.Add(staticIds.Count);
                gapGold.Add(sentence.Joins[g]);
                bool isBreak = UnitShapes.IsBreak(sequence.Shapes[g - 1]) || UnitShapes.IsBreak(sequence.Shapes[g]);
                gapIsBreak.Add(isBreak);
                if (isBreak)
                {
                    for (int r = 0; r < DynamicVariants * Features.Count; r++) dynamicIds.Add(-1);
                    continue;
                }
                int k = Features.Static(sequence, g, features);
                for (int j = 0; j < k; j++) staticIds.Add(Id(features[j]));
                for (int run = 1; run <= DynamicVariants; run++)
                {
                    Features.Dynamic(sequence, g, run, features);
                    for (int j = 0; j < Features.Count; j++) dynamicIds.Add(Id(features[j]));
                }
            }
        }
        sentenceGap[sentences.Count] = gapGold.Count;
        staticOffsets.Add(staticIds.Count);

        var weights = new float[keys.Count];
        var totals = new double[keys.Count];
        long clock = 1;
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(options.Seed);
        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            int errors = 0, decided = 0;
            foreach (int si in order)
            {
                int run = 1;
                for (int gap = sentenceGap[si]; gap < sentenceGap[si + 1]; gap++)
                {
                    if (gapIsBreak[gap]) { run = 1; continue; }
                    int from = staticOffsets[gap], to = staticOffsets[gap + 1];
                    int d = (gap * DynamicVariants + Math.Min(run, DynamicVariants) - 1) * Features.Count;
                    float score = 0;
                    for (int j = d; j < d + Features.Count; j++) score += weights[dynamicIds[j]];
                    for (int j = from; j < to; j++) score += weights[staticIds[j]];
                    bool predicted = score > 0;
                    bool gold = gapGold[gap];
                    decided++;
                    if (predicted != gold)
                    {
                        errors++;
                        float y = gold ? 1 : -1;
                        for (int j = from; j < to; j++) Update(staticIds[j]);
                        for (int j = d; j < d + Features.Count; j++) Update(dynamicIds[j]);
                        void Update(int id) { weights[id] += y; totals[id] += clock * (double)y; }
                    }
                    clock++;
                    run = predicted ? run + 1 : 1;
                }
            }
            progress?.Invoke(epoch, errors, decided);
        }

        var averaged = new List<KeyValuePair<ulong, float>>();
        for (int id = 0; id < keys.Count; id++)
        {
            float value = (float)(weights[id] - totals[id] / clock);
            if (Math.Abs(value) > options.MinWeight && (Half)value != Half.Zero) averaged.Add(new(keys[id], value));
        }
        SegmenterModel.Save(output, lexicon, averaged);
    }
}
