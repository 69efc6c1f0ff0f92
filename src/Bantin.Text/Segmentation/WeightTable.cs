namespace Bantin.Text.Segmentation;

/// <summary>
/// Feature weights in an open-addressing table (linear probing, power-of-two size): the hot lookup of the segmenter.
/// Each slot packs the upper 32 bits of the feature hash (the check; 0 = empty) and the weight's float bits into one
/// <see cref="ulong"/>, so a lookup touches one cache line; the slot index comes from the lower bits, so a wrong hit
/// needs two features to agree on 32 + log2(size) bits. Immutable after construction.
/// </summary>
internal sealed class WeightTable
{
    private readonly ulong[] _slots;
    private readonly int _mask;

    public WeightTable(IReadOnlyCollection<KeyValuePair<ulong, float>> weights)
    {
        int capacity = 16;
        while (capacity < weights.Count * 2) capacity <<= 1;
        _slots = new ulong[capacity];
        _mask = capacity - 1;
        foreach (var (key, value) in weights)
        {
            ulong check = Check(key);
            int i = (int)(key & (ulong)_mask);
            while (_slots[i] != 0 && (_slots[i] >> 32) != check) i = (i + 1) & _mask;
            _slots[i] = check << 32 | BitConverter.SingleToUInt32Bits(value);
        }
        Count = weights.Count;
    }

    public int Count { get; }

    /// <summary>The upper half of a feature hash, never 0 (0 marks an empty slot).</summary>
    private static ulong Check(ulong feature) => feature >> 32 == 0 ? 1 : feature >> 32;

    public float this[ulong feature]
    {
        get
        {
            ulong check = Check(feature);
            int i = (int)(feature & (ulong)_mask);
            while (true)
            {
                ulong slot = _slots[i];
                if (slot >> 32 == check) return BitConverter.UInt32BitsToSingle((uint)slot);
                if (slot == 0) return 0f;
                i = (i + 1) & _mask;
            }
        }
    }

    public float Sum(ReadOnlySpan<ulong> features)
    {
        float sum = 0;
        foreach (var f in features) sum += this[f];
        return sum;
    }
}
