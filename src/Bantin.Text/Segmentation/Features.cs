namespace Bantin.Text.Segmentation;

/// <summary>
/// The features of one gap between two units: the units around it (case-folded), their shapes, what the lexicon's word
/// graph says about the gap, and the decision taken at the previous gap. Each feature is a 64-bit hash of a template
/// number and its values. Changing a template changes the model: retrain (<c>bantin train segment</c>).
/// </summary>
internal static class Features
{
    /// <summary>Upper bound of <see cref="Static"/> plus <see cref="Dynamic"/> features per gap.</summary>
    public const int MaxPerGap = 40;

    private const ulong Outside = 0xB0B0B0B0B0B0B0B0UL;

    /// <summary>Features that do not depend on earlier decisions; returns how many were written.</summary>
    public static int Static(UnitSequence s, int g, Span<ulong> f)
    {
        var h = s.Hashes;
        var shape = s.Shapes;
        int n = s.Count;
        ulong l2 = g >= 2 ? h[g - 2] : Outside, l1 = h[g - 1], r1 = h[g], r2 = g + 1 < n ? h[g + 1] : Outside;
        ulong sl2 = g >= 2 ? (ulong)shape[g - 2] : 15, sl1 = (ulong)shape[g - 1], sr1 = (ulong)shape[g], sr2 = g + 1 < n ? (ulong)shape[g + 1] : 15;
        ulong shapes2 = sl1 << 4 | sr1;
        ulong shapes4 = sl2 << 12 | sl1 << 8 | sr1 << 4 | sr2;
        bool initial = g == 1 || shape[g - 2] == UnitShape.Punctuation;
        ulong pair = s.PairInfo[g];
        ulong cover = (ulong)s.CoverLength[g] << 16 | (ulong)s.CoverPosition[g] << 8 | (ulong)(byte)(s.CoverInfo[g] & SegmentLexicon.WordMask);
        ulong coverBucket = (ulong)(byte)(s.CoverInfo[g] & SegmentLexicon.BucketMask);
        ulong around = (ulong)s.EndLength[g] << 16 | (ulong)s.StartLength[g] << 8 | s.CoverLength[g];
        ulong matching = (ulong)s.Forward[g] << 1 | s.Backward[g];

        int k = 0;
        f[k++] = SegmentHash.Feature(0, 1);
        f[k++] = SegmentHash.Feature(1, l1);
        f[k++] = SegmentHash.Feature(2, r1);
        f[k++] = SegmentHash.Feature(3, l1, r1);
        f[k++] = SegmentHash.Feature(4, l2, l1);
        f[k++] = SegmentHash.Feature(5, r1, r2);
        f[k++] = SegmentHash.Feature(6, l2, l1, r1);
        f[k++] = SegmentHash.Feature(7, l1, r1, r2);
        f[k++] = SegmentHash.Feature(8, l2, r1);
        f[k++] = SegmentHash.Feature(9, shapes2);
        f[k++] = SegmentHash.Feature(10, shapes4);
        f[k++] = SegmentHash.Feature(11, l1, sr1);
        f[k++] = SegmentHash.Feature(12, sl1, r1);
        f[k++] = SegmentHash.Feature(13, pair, shapes2);
        f[k++] = SegmentHash.Feature(14, cover);
        f[k++] = SegmentHash.Feature(15, cover, coverBucket);
        f[k++] = SegmentHash.Feature(16, around);
        f[k++] = SegmentHash.Feature(17, matching);
        f[k++] = SegmentHash.Feature(18, matching, shapes2);
        f[k++] = SegmentHash.Feature(19, matching, around);
        f[k++] = SegmentHash.Feature(20, initial ? 1UL : 0UL, shapes2);
        f[k++] = SegmentHash.Feature(21, l1 == r1 ? 1UL : 0UL, shapes2);
        f[k++] = SegmentHash.Feature(22, cover, l1);
        f[k++] = SegmentHash.Feature(23, cover, r1);
        f[k++] = SegmentHash.Feature(24, pair, sl2 << 4 | sr2);
        ulong c1 = (ulong)(s.Classes[g - 1] & 0x0F), c2 = (ulong)(s.Classes[g] & 0x0F), c0 = g >= 2 ? (ulong)(s.Classes[g - 2] & 0x0F) : 15;
        ulong a1 = (ulong)(s.Classes[g - 1] >> SegmentLexicon.AloneShift), a2 = (ulong)(s.Classes[g] >> SegmentLexicon.AloneShift);
        f[k++] = SegmentHash.Feature(25, c1 << 4 | c2, shapes2);
        f[k++] = SegmentHash.Feature(26, c0 << 8 | c1 << 4 | c2, shapes4);
        f[k++] = SegmentHash.Feature(27, a1 << 4 | a2, pair);
        f[k++] = SegmentHash.Feature(28, a1 << 4 | a2, cover);
        return k;
    }

    /// <summary>
    /// Features of the decisions already taken: how long the current word is, and what the lexicon says about the
    /// current word (the last <paramref name="runLength"/> units before the gap) and about it extended by the next unit.
    /// </summary>
    public static int Dynamic(UnitSequence s, int g, int runLength, Span<ulong> f)
    {
        ulong shapes2 = (ulong)s.Shapes[g - 1] << 4 | (ulong)s.Shapes[g];
        int run = Math.Min(Math.Min(runLength, 5), g);
        ulong h = SegmentHash.Start;
        for (int i = g - run; i < g; i++) h = SegmentHash.Extend(h, s.Hashes[i]);
        ulong current = run >= 2 ? (ulong)s.Lookup(h) : 0UL;
        ulong extended = s.Lookup(SegmentHash.Extend(h, s.Hashes[g]));
        f[0] = SegmentHash.Feature(40, (ulong)run, shapes2);
        f[1] = SegmentHash.Feature(41, (ulong)run, (ulong)s.CoverLength[g] << 8 | s.CoverPosition[g]);
        f[2] = SegmentHash.Feature(42, (ulong)run, current << 8 | extended);
        f[3] = SegmentHash.Feature(43, current << 8 | extended, shapes2);
        f[4] = SegmentHash.Feature(44, (ulong)run << 8 | (ulong)(byte)(s.Classes[g - run] & 0x0F), shapes2);
        return Count;
    }

    /// <summary>Features written by <see cref="Dynamic"/>.</summary>
    public const int Count = 5;
}
