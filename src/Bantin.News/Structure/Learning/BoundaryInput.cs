namespace Bantin.News.Structure.Learning;

/// <summary>
/// A fused text (after the light clean-up that keeps spaces) with the evidence every boundary candidate shares: the
/// hand-written rules' glues (<see cref="GlueFinder"/>, and <see cref="TitleBoundary"/> where a title must end), which
/// straight quotes close, and whether no-break spaces are rare enough to be traces of lost line breaks.
/// </summary>
internal sealed class BoundaryInput
{
    /// <summary>More no-break spaces than this and they are the text's ordinary spacing, not evidence.</summary>
    private const int MaxTellingNoBreakSpaces = 3;

    public string Text { get; }
    public bool HasHead { get; }
    public IReadOnlyList<GluePoint> RuleGlues { get; }
    /// <summary>Where the title may end without a glue (<see cref="TitleBoundary"/>), before the first glue.</summary>
    public HashSet<int> WeakTitleEnds { get; }
    public HashSet<int> Closing { get; }
    public bool NoBreakSpacesTell { get; }

    public BoundaryInput(string text, bool hasHead)
    {
        Text = text;
        HasHead = hasHead;
        Closing = StraightQuotes.Closing(text);
        var glues = new List<GluePoint>();
        foreach (var g in GlueFinder.Find(text, Closing))
            if (!g.NamePair || hasHead && glues.Count == 0) glues.Add(g);
        RuleGlues = glues;
        WeakTitleEnds = hasHead ? [.. TitleBoundary.FindAll(text, glues.Count > 0 ? glues[0].End : text.Length, Closing)] : [];
        int nbsp = 0;
        foreach (char c in text) if (BoundaryCandidates.IsNoBreakSpace(c)) nbsp++;
        NoBreakSpacesTell = nbsp <= MaxTellingNoBreakSpaces;
    }
}
