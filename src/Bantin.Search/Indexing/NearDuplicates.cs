namespace Bantin.Search.Indexing;

/// <summary>
/// The fingerprints seen so far, found again by any of four 16-bit bands (two fingerprints within 3 bits share at
/// least one band exactly). Thread-safe.
/// </summary>
public sealed class NearDuplicates
{
    private readonly Dictionary<(int Band, ushort Value), List<(long Fingerprint, string Id)>> _bands = new();
    private readonly Lock _lock = new();

    public int Count { get; private set; }

    /// <summary>The id of a registered near-duplicate of <paramref name="fingerprint"/> (other than <paramref name="id"/>), or null.</summary>
    public string? Find(long fingerprint, string id)
    {
        lock (_lock)
        {
            for (int band = 0; band < 4; band++)
                if (_bands.TryGetValue((band, Band(fingerprint, band)), out var list))
                    foreach (var (other, otherId) in list)
                        if (otherId != id && SimHash.Distance(other, fingerprint) <= SimHash.NearDistance) return otherId;
            return null;
        }
    }

    public void Add(long fingerprint, string id)
    {
        lock (_lock)
        {
            for (int band = 0; band < 4; band++)
            {
                var key = (band, Band(fingerprint, band));
                if (!_bands.TryGetValue(key, out var list)) _bands[key] = list = new();
                list.Add((fingerprint, id));
            }
            Count++;
        }
    }

    private static ushort Band(long fingerprint, int band) => (ushort)((ulong)fingerprint >> (16 * band));
}
