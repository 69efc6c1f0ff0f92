namespace Bantin.Text.Segmentation;

/// <summary>
/// Feature weights in an open-addressing table (linear probing, power-of-two size, key 0 = empty): the hot lookup of
/// the segmenter, without the overhead of a <see cref="Dictionary{TKey, TValue}"/>. Immutable after construction.
/// </summary>
internal sealed class WeightTable
{
    private readonly ulong[] _keys;
    private readonly float[] _values;
    private readonly int _mask;

    public WeightTable(IReadOnlyCollection<KeyValuePair<ulong, float>> weights)
    {
        int capacity = 16;
        while (capacity < weights.Count * 2) capacity <<= 1;
        _keys = new ulong[capacity];
        _values = new float[capacity];
        _mask = capacity - 1;
        foreach (var (key, value) in weights)
        {
            ulong k = Key(key);
            int i = (int)(k & (ulong)_mask);
            while (_keys[i] != 0 && _keys[i] != k) i = (i + 1) & _mask;
            _keys[i] = k;
            _values[i] = value;
        }
        Count = weights.Count;
    }

    public int Count { get; }

    /// <summary>Key 0 marks an empty slot, so a feature hashing to 0 is stored as 1.</summary>
    public static ulong Key(ulong feature) => feature == 0 ? 1 : feature;

    public float this[ulong feature]
    {
        get
        {
            ulong k = Key(feature);
            int i = (int)(k & (ulong)_mask);
            while (true)
            {
                ulong found = _keys[i];
                if (found == k) return _values[i];
                if (found == 0) return 0f;
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
