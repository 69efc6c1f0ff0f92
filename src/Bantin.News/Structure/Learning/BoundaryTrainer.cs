using Bantin.News.Evaluation;
using Bantin.Text.Learning;
using Bantin.Text.Normalization;

namespace Bantin.News.Structure.Learning;

/// <summary>
/// Trains a <see cref="BoundaryModel"/> as an averaged perceptron on fused gold articles: every candidate of a text is
/// one example, labelled by whether a part of the article ends there; the walk follows the gold boundaries, so the
/// features that depend on earlier decisions see the truth. Deterministic: same articles, same options, same model.
/// </summary>
internal sealed class BoundaryTrainer(BoundaryTrainerOptions options)
{
    private readonly AveragedPerceptron _perceptron = new(options.HashBits);

    /// <summary>Runs one pass over <paramref name="articles"/>; returns its statistics.</summary>
    public EpochStats Epoch(IEnumerable<FusedArticle> articles)
    {
        var stats = new EpochStats();
        foreach (var article in articles)
        {
            var light = FusedTextParser.Light.Normalize(article.Raw);
            string t = light.Text;
            var gold = GoldPositions(article.Cuts, light.Map, t.Length);
            var input = new BoundaryInput(t, hasHead: true);
            // Not learned from: gold boundaries no candidate reaches, and the splitter's doubtful ones.
            var skip = new HashSet<int>();
            stats.Relabelled += RemoveSplitterArtifacts(input, gold, skip);
            int titleEnd = gold.Count > 0 ? gold.Min() : -1;
            foreach (int g in gold)
                if ((g == titleEnd || !BoundaryCandidates.IsCandidate(t, g)) && !input.WeakTitleEnds.Contains(g)
                    && !input.RuleGlues.Any(r => r.Start == g) && skip.Add(g))
                    stats.Unreachable++;
            stats.Articles++;
            stats.Boundaries += gold.Count;
            BoundaryWalk.Run(input, (i, fields, features) =>
            {
                bool label = fields == 0 ? i == titleEnd : gold.Contains(i);
                if (skip.Contains(i)) return label ? 1 : -1;
                stats.Examples++;
                if (_perceptron.Learn(features, label)) stats.Mistakes++;
                return label ? 1 : -1;
            }, gold);
        }
        return stats;
    }

    /// <summary>The averaged weights: each weight's mean over every example seen.</summary>
    public BoundaryModel Model() => new(_perceptron.Model());

    /// <summary>
    /// Gold boundaries as a writer made them. The training corpus is one sentence per line, cut by a sentence splitter
    /// that also cut before closing quotes (<c>…Phòng Bầu dục?|", ông Comey</c>, <c>nhất.|"Có lẽ</c>) and before
    /// lower-case words (<c>đỏ...|và</c>): fused, those are no field boundaries, so they are dropped (learned as none),
    /// and a boundary before closing quotes moves after them when a capital follows. It also cut after every
    /// abbreviation and initial (<c>TP.|HCM</c>, <c>ông N. Q. D.|qua</c>), where a sentence may or may not end: those
    /// candidates are not learned from at all (returned in <paramref name="ignored"/>).
    /// </summary>
    internal static int RemoveSplitterArtifacts(BoundaryInput input, HashSet<int> gold, HashSet<int> ignored)
    {
        string t = input.Text;
        int changed = 0;
        foreach (int g in gold.Order().ToList())
        {
            char c = t[g], prev = t[g - 1];
            bool closes = c is '”' or '’' || c == '"' && input.Closing.Contains(g);
            if (prev == '.' && IsAbbreviationOrInitial(t, g - 1))
            {
                ignored.Add(g);
                changed++;
                continue;
            }
            if (!closes && c is not (')' or ',' or '.' or ';' or ':') && !(prev is '.' or '!' or '?' or '…' && char.IsLower(c))) continue;
            gold.Remove(g);
            changed++;
            int after = g;
            while (after < t.Length && (t[after] is '”' or '’' or '"' && (t[after] != '"' || input.Closing.Contains(after)))) after++;
            if (closes && after < t.Length && char.IsUpper(t[after])) gold.Add(after);
        }
        return changed;
    }

    // "TP.", "GS.", and initials after a name: "Lê Hoài B." (not a unit or code: "độ C.", "5G.").
    private static bool IsAbbreviationOrInitial(string t, int period)
    {
        if (Bantin.Text.Sentences.SentenceSplitter.IsAbbreviationPeriod(t, period)) return true;
        int w = period;
        while (w > 0 && char.IsLetter(t[w - 1])) w--;
        if (period - w != 1 || !char.IsUpper(t[w]) || w == 0 || t[w - 1] != ' ' && t[w - 1] != '.') return false;
        int p = w - 1;
        while (p > 0 && t[p - 1] == ' ') p--;
        int ps = p;
        while (ps > 0 && char.IsLetter(t[ps - 1])) ps--;
        return t[w - 1] == '.' || ps < p && char.IsUpper(t[ps]);
    }

    /// <summary>The gold cuts (offsets in the raw text) as offsets in the cleaned text.</summary>
    internal static HashSet<int> GoldPositions(IReadOnlyList<int> cuts, OffsetMap map, int length)
    {
        var set = new HashSet<int>();
        foreach (int cut in cuts)
        {
            int lo = 0, hi = length;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (map.ToOriginalStart(mid) >= cut) hi = mid;
                else lo = mid + 1;
            }
            if (lo > 0 && lo < length) set.Add(lo);
        }
        return set;
    }
}
