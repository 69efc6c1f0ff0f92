using System.Diagnostics;
using System.Globalization;
using Bantin.News.Evaluation;

namespace Bantin.News.Structure.Learning;

/// <summary>
/// Builds the boundary model from gold articles (JSONL with title, sapo, body, author), fused exactly as
/// <c>bantin eval read</c> fuses them: passes alternate between fusing with noise (a new seed each time) and without.
/// Several files are interleaved evenly, each seen as many times per pass as its weight, so a small in-domain file
/// is spread through a large one instead of coming last.
/// </summary>
public static class BoundaryTraining
{
    // Copies of a weighted file after the first are fused with seeds this far apart.
    private const int CopySeedStep = 7919;

    /// <summary>Trains on the first <paramref name="limit"/> usable articles of <paramref name="goldJsonl"/>.</summary>
    /// <param name="log">One line per pass.</param>
    public static BoundaryModel Train(string goldJsonl, int limit = int.MaxValue, int epochs = 4, Action<string>? log = null) =>
        Train([new TrainingSource(goldJsonl)], limit, epochs, heldOut: 0, log);

    /// <summary>
    /// Trains on <paramref name="sources"/> (at most <paramref name="limit"/> usable articles of each), leaving out the
    /// <see cref="HeldOut"/> slice of every <paramref name="heldOut"/> articles (0: none).
    /// </summary>
    /// <param name="noiseSeed">Noise seed of the first pass (null: the shipped model's); another seed shows how much a
    /// figure moves with the training noise alone.</param>
    public static BoundaryModel Train(IReadOnlyList<TrainingSource> sources, int limit, int epochs, int heldOut, Action<string>? log = null, int? noiseSeed = null)
    {
        var options = new BoundaryTrainerOptions { Epochs = epochs };
        if (noiseSeed is { } seed) options = options with { NoiseSeed = seed };
        var trainer = new BoundaryTrainer(options);
        var counts = sources.Select(source => Math.Min(CountArticles(source), limit)).ToList();
        for (int e = 0; e < options.Epochs; e++)
        {
            var clock = Stopwatch.StartNew();
            bool noise = e % 2 == 0;
            var streams = new List<(IEnumerable<FusedArticle> Articles, long Count)>();
            for (int i = 0; i < sources.Count; i++)
            {
                for (int copy = 0; copy < sources[i].Weight; copy++)
                    streams.Add((ArticleFuser.FromJsonl(sources[i].Path, noise, limit, options.NoiseSeed + e + copy * CopySeedStep, sources[i].HeadsFromLines)
                        .Where(a => !HeldOut.Contains(a.Id, heldOut)), counts[i]));
            }
            var stats = trainer.Epoch(Interleave(streams));
            log?.Invoke(string.Create(CultureInfo.InvariantCulture,
                $"pass {e + 1}/{options.Epochs} ({(noise ? "noise" : "clean")}): {stats.Articles} articles, {stats.Boundaries} boundaries ({stats.Unreachable} not candidates, {stats.Relabelled} splitter artefacts), {stats.Examples} candidates, {stats.Mistakes} mistakes, {clock.Elapsed.TotalSeconds:F1} s"));
        }
        return trainer.Model();
    }

    /// <summary>
    /// Merges the streams so each is spread evenly over the whole: the next article comes from the stream furthest
    /// behind its share (by its expected <c>Count</c>); ties go to the earlier stream. One stream passes through as is.
    /// </summary>
    internal static IEnumerable<T> Interleave<T>(IReadOnlyList<(IEnumerable<T> Items, long Count)> streams)
    {
        var enumerators = streams.Select(s => s.Items.GetEnumerator()).ToList();
        var taken = new long[streams.Count];
        var live = Enumerable.Range(0, streams.Count).ToList();
        try
        {
            while (live.Count > 0)
            {
                int best = live[0];
                foreach (int k in live)
                    if ((taken[k] + 0.5) / Math.Max(1, streams[k].Count) < (taken[best] + 0.5) / Math.Max(1, streams[best].Count)) best = k;
                if (!enumerators[best].MoveNext())
                {
                    live.Remove(best);
                    continue;
                }
                taken[best]++;
                yield return enumerators[best].Current;
            }
        }
        finally
        {
            foreach (var enumerator in enumerators) enumerator.Dispose();
        }
    }

    // The articles a file yields (records with title, sapo and body): the share its stream should have.
    private static long CountArticles(TrainingSource source) =>
        ArticleFuser.FromJsonl(source.Path, noise: false, headsFromLines: source.HeadsFromLines).LongCount();
}
