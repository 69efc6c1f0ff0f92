using System.Diagnostics;
using System.Globalization;
using Bantin.News.Evaluation;

namespace Bantin.News.Structure.Learning;

/// <summary>
/// Builds the boundary model from gold articles (JSONL with title, sapo, body, author), fused exactly as
/// <c>bantin eval read</c> fuses them: passes alternate between fusing with noise (a new seed each time) and without.
/// </summary>
public static class BoundaryTraining
{
    /// <summary>Trains on the first <paramref name="limit"/> usable articles of <paramref name="goldJsonl"/>.</summary>
    /// <param name="log">One line per pass.</param>
    public static BoundaryModel Train(string goldJsonl, int limit = int.MaxValue, int epochs = 4, Action<string>? log = null)
    {
        var options = new BoundaryTrainerOptions { Epochs = epochs };
        var trainer = new BoundaryTrainer(options);
        for (int e = 0; e < options.Epochs; e++)
        {
            var clock = Stopwatch.StartNew();
            bool noise = e % 2 == 0;
            var stats = trainer.Epoch(ArticleFuser.FromJsonl(goldJsonl, noise, limit, options.NoiseSeed + e));
            log?.Invoke(string.Create(CultureInfo.InvariantCulture,
                $"pass {e + 1}/{options.Epochs} ({(noise ? "noise" : "clean")}): {stats.Articles} articles, {stats.Boundaries} boundaries ({stats.Unreachable} not candidates, {stats.Relabelled} splitter artefacts), {stats.Examples} candidates, {stats.Mistakes} mistakes, {clock.Elapsed.TotalSeconds:F1} s"));
        }
        return trainer.Model();
    }
}
