namespace Bantin.News.Structure.Learning;

/// <summary>
/// Scores a boundary candidate at <paramref name="position"/>, <paramref name="fields"/> fields having ended before it:
/// above zero, a field begins there.
/// </summary>
internal delegate float BoundaryScorer(int position, int fields, ReadOnlySpan<uint> features);

/// <summary>
/// Visits the boundary candidates of a text from left to right, keeping what the features need to know of the
/// decisions so far (fields ended, where the current one began), and collects the boundaries decided. Reading and
/// training walk the same way, so the features mean the same in both.
/// </summary>
internal static class BoundaryWalk
{
    /// <param name="visit">Extra positions to visit (training: gold boundaries that are no candidates), or null.</param>
    public static List<GluePoint> Run(BoundaryInput input, BoundaryScorer score, IReadOnlySet<int>? visit = null)
    {
        string t = input.Text;
        var found = new List<GluePoint>();
        int fields = input.HasHead ? 0 : 2, segmentStart = 0;
        Span<uint> features = stackalloc uint[BoundaryFeatures.MaxCount];
        for (int i = 1, rule = 0; i < t.Length; i++)
        {
            if (!Visits(input, i, fields, ref rule, visit, out var glue, out int verdict) || Connectives.EndsBefore(t, i) || Brackets.Enclose(t, i)) continue;
            // Sentence punctuation run into a name written lower-case first (".iPhone 12S sẽ", ".iPad Pro"): text never
            // glues a sentence to a word that way (16 field starts after a full stop and no other case in the training
            // text), so the rule's glue stands; the model, which sees too few of them to learn it, is not asked. Nor is
            // it at a list dash run into a number ("333- Email"), where the training corpora disagree (Dân trí splits,
            // VNTC's one-line lists do not) and the retrained model would come and go.
            bool decided = glue is { Kind: GlueKind.Punctuation } && GlueFinder.StartsLowerCamelWord(t, i)
                           || glue is null && BoundaryCandidates.IsItemAfterNumber(t, i);
            if (!decided && score(i, fields, features[..BoundaryFeatures.Extract(input, i, verdict, fields, segmentStart, features)]) <= 0) continue;
            Add(found, t, i, glue, segmentStart);
            fields++;
            segmentStart = i;
        }
        return found;
    }

    // In the title only the rules' glues and weak title ends are candidates: training titles are short, and a model
    // that learned where they end would cut a long one at its first camel-case name or code (Vin|ID, BN|2817).
    private static bool Visits(BoundaryInput input, int i, int fields, ref int rule, IReadOnlySet<int>? visit, out GluePoint? glue, out int verdict)
    {
        var rules = input.RuleGlues;
        while (rule < rules.Count && rules[rule].Start < i) rule++;
        glue = rule < rules.Count && rules[rule].Start == i ? rules[rule] : null;
        bool weak = fields == 0 && input.WeakTitleEnds.Contains(i);
        verdict = BoundaryFeatures.Verdict(glue, weak);
        return glue is not null || weak || fields > 0 && BoundaryCandidates.IsCandidate(input.Text, i) || visit?.Contains(i) == true;
    }

    private static void Add(List<GluePoint> found, string t, int i, GluePoint? glue, int segmentStart)
    {
        int end = glue?.End ?? i;
        if (glue is null) while (end > segmentStart + 1 && char.IsWhiteSpace(t[end - 1])) end--;
        found.Add(new GluePoint(end, i, glue?.Kind ?? GlueKind.Heading, false));
    }
}
