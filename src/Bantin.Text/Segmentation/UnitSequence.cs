namespace Bantin.Text.Segmentation;

/// <summary>
/// The units of one sentence (case-folded hashes and shapes) and the word graph the lexicon draws over them, summarised
/// per gap: gap <c>g</c> lies between unit <c>g - 1</c> and unit <c>g</c>. Buffers are reused between sentences; one
/// instance per thread.
/// </summary>
internal sealed class UnitSequence
{
    public ulong[] Hashes = new ulong[64];
    /// <summary>Each unit's class in the lexicon (name part, sentence starter, how often alone).</summary>
    public byte[] Classes = new byte[64];
    public UnitShape[] Shapes = new UnitShape[64];

    /// <summary>Length of the longest known word spanning the gap (0: none), its position and description.</summary>
    public byte[] CoverLength = new byte[64], CoverPosition = new byte[64], CoverInfo = new byte[64];
    /// <summary>Longest known word ending just before the gap / starting just after it.</summary>
    public byte[] EndLength = new byte[64], StartLength = new byte[64];
    /// <summary>1 when forward / backward longest matching joins the gap.</summary>
    public byte[] Forward = new byte[64], Backward = new byte[64];
    /// <summary>The lexicon's description of the two units around the gap.</summary>
    public byte[] PairInfo = new byte[64];

    private byte[] _longestFrom = new byte[64], _longestTo = new byte[65];

    public int Count { get; private set; }

    public void Reset(int count)
    {
        Count = count;
        if (Hashes.Length >= count + 1) return;
        int size = Math.Max(count + 1, Hashes.Length * 2);
        Hashes = new ulong[size];
        Classes = new byte[size];
        Shapes = new UnitShape[size];
        CoverLength = new byte[size]; CoverPosition = new byte[size]; CoverInfo = new byte[size];
        EndLength = new byte[size]; StartLength = new byte[size];
        Forward = new byte[size]; Backward = new byte[size]; PairInfo = new byte[size];
        _longestFrom = new byte[size]; _longestTo = new byte[size + 1];
    }

    private SegmentLexicon? _lexicon;

    /// <summary>The lexicon's description of a unit sequence (after <see cref="MatchWords"/>).</summary>
    public byte Lookup(ulong sequenceHash) => _lexicon!.Lookup(sequenceHash);

    public void Set(int index, ReadOnlySpan<char> unit)
    {
        Hashes[index] = SegmentHash.Unit(unit);
        Shapes[index] = UnitShapes.Of(unit);
    }

    /// <summary>Draws the word graph: every known word of two or more units, found by walking the prefix entries.</summary>
    public void MatchWords(SegmentLexicon lexicon)
    {
        _lexicon = lexicon;
        int n = Count;
        for (int i = 0; i < n; i++) Classes[i] = lexicon.ClassOf(Hashes[i]);
        Array.Clear(CoverLength, 0, n + 1); Array.Clear(CoverPosition, 0, n + 1); Array.Clear(CoverInfo, 0, n + 1);
        Array.Clear(EndLength, 0, n + 1); Array.Clear(StartLength, 0, n + 1);
        Array.Clear(Forward, 0, n + 1); Array.Clear(Backward, 0, n + 1); Array.Clear(PairInfo, 0, n + 1);
        Array.Clear(_longestFrom, 0, n + 1); Array.Clear(_longestTo, 0, n + 2);

        for (int s = 0; s < n; s++)
        {
            if (UnitShapes.IsBreak(Shapes[s])) continue;
            ulong h = SegmentHash.Extend(SegmentHash.Start, Hashes[s]);
            int last = Math.Min(n, s + SegmentLexicon.MaxUnits);
            for (int e = s + 1; e < last; e++)
            {
                if (UnitShapes.IsBreak(Shapes[e])) break;
                h = SegmentHash.Extend(h, Hashes[e]);
                byte info = lexicon.Lookup(h);
                if (e == s + 1) PairInfo[e] = info;
                if (info == 0) break;
                if ((info & SegmentLexicon.WordMask) != 0)
                {
                    byte length = (byte)(e + 1 - s);
                    for (int g = s + 1; g <= e; g++)
                    {
                        if (length <= CoverLength[g]) continue;
                        CoverLength[g] = length;
                        CoverPosition[g] = (byte)(g - s);
                        CoverInfo[g] = info;
                    }
                    if (length > EndLength[e + 1]) EndLength[e + 1] = length;
                    if (length > StartLength[s]) StartLength[s] = length;
                    if (length > _longestFrom[s]) _longestFrom[s] = length;
                    if (length > _longestTo[e + 1]) _longestTo[e + 1] = length;
                }
                if ((info & SegmentLexicon.Prefix) == 0) break;
            }
        }

        for (int s = 0; s < n;)
        {
            int length = Math.Max(1, (int)_longestFrom[s]);
            for (int g = s + 1; g < s + length; g++) Forward[g] = 1;
            s += length;
        }
        for (int e = n; e > 0;)
        {
            int length = Math.Max(1, (int)_longestTo[e]);
            for (int g = e - length + 1; g < e; g++) Backward[g] = 1;
            e -= length;
        }
    }
}
