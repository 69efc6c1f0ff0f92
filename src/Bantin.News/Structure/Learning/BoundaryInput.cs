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

    /// <summary>The spaces between two sentences (<c>. X</c>), in order: whether a field holds one is a binary search.</summary>
    private readonly List<int> _spacedSentences = [];

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
        for (int k = 1; k + 1 < text.Length; k++)
            if (text[k] == ' ' && text[k - 1] is '.' or '!' or '?' && char.IsUpper(text[k + 1])) _spacedSentences.Add(k);
    }

    /// <summary>Whether t[from..to) holds a full stop, a space and a capital, the space after from and the capital before to - 1.</summary>
    public bool HasSpacedSentence(int from, int to)
    {
        int k = _spacedSentences.BinarySearch(from + 1);
        if (k < 0) k = ~k;
        return k < _spacedSentences.Count && _spacedSentences[k] + 2 < to;
    }
}
