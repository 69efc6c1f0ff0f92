namespace Bantin.Text.Segmentation;

/// <summary>
/// Multi-unit words the segmenter knows, keyed by <see cref="SegmentHash.Sequence"/> of their case-folded units, with a
/// one-byte description: where the word is listed and how frequent it is as one word in news. Every proper prefix of a
/// word is stored too (flag <see cref="Prefix"/>) so a scan can stop as soon as no longer word can follow.
/// Immutable once built; safe to share between threads.
/// </summary>
internal sealed class SegmentLexicon
{
    /// <summary>Low four bits: frequency bucket (0 = not counted, 1..15 ≈ log4 of the count).</summary>
    public const byte BucketMask = 0x0F;
    /// <summary>Listed in the base word list (RDRsegmenter's VnVocab, locations, countries).</summary>
    public const byte Listed = 0x10;
    /// <summary>Seen as one word in the news frequency list.</summary>
    public const byte Counted = 0x20;
    /// <summary>Some longer entry starts with these units.</summary>
    public const byte Prefix = 0x40;

    public const byte WordMask = Listed | Counted;

    /// <summary>Longest entry, in units; longer entries are dropped when building.</summary>
    public const int MaxUnits = 8;

    /// <summary>Unit classes: a family name (<c>Nguyễn</c>)…</summary>
    public const byte FamilyName = 0x01;
    /// <summary>…a middle name (<c>Văn</c>, <c>Thị</c>)…</summary>
    public const byte MiddleName = 0x02;
    /// <summary>…a word that often starts a sentence, capitalised but not a name (<c>Theo</c>, <c>Tuy nhiên</c>).</summary>
    public const byte SentenceStarter = 0x04;
    /// <summary>High four bits of a unit class: how often the unit stands alone as a word in news (a bucket, as above).</summary>
    public const int AloneShift = 4;

    private readonly Dictionary<ulong, byte> _entries;
    private readonly Dictionary<ulong, byte> _classes;

    internal SegmentLexicon(Dictionary<ulong, byte> entries, Dictionary<ulong, byte> classes)
    {
        _entries = entries;
        _classes = classes;
    }

    internal IReadOnlyDictionary<ulong, byte> Entries => _entries;

    internal IReadOnlyDictionary<ulong, byte> Classes => _classes;

    /// <summary>The class of a unit (by its <see cref="SegmentHash.Unit"/> hash) or a unit sequence, 0 when none.</summary>
    public byte ClassOf(ulong hash) => _classes.TryGetValue(hash, out var c) ? c : (byte)0;

    /// <summary>The description of a unit sequence, 0 when unknown.</summary>
    public byte Lookup(ulong sequenceHash) => _entries.TryGetValue(sequenceHash, out var info) ? info : (byte)0;

    public static byte Bucket(long count) => count <= 0 ? (byte)0 : (byte)Math.Clamp(1 + (int)(Math.Log2(count) / 2), 1, 15);

    /// <summary>Collects words (units separated by spaces) into a lexicon.</summary>
    public sealed class Builder
    {
        private readonly Dictionary<ulong, byte> _entries = new();
        private readonly Dictionary<ulong, byte> _classes = new();

        /// <summary>Marks a name part or sentence starter (<paramref name="flags"/>: the low class bits).</summary>
        public void AddClass(string word, byte flags)
        {
            var key = KeyOf(word);
            _classes.TryGetValue(key, out var old);
            _classes[key] = (byte)(old | flags);
        }

        /// <summary>Records how often a single unit stands alone as a word.</summary>
        public void AddAlone(string unit, long count)
        {
            var key = KeyOf(unit);
            _classes.TryGetValue(key, out var old);
            int bucket = Math.Max(old >> AloneShift, Bucket(count));
            _classes[key] = (byte)((old & 0x0F) | bucket << AloneShift);
        }

        /// <summary>One unit: its unit hash; several: their sequence hash.</summary>
        private static ulong KeyOf(string word)
        {
            var units = word.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (units.Length == 1) return SegmentHash.Unit(units[0]);
            return SegmentHash.Sequence([.. units.Select(u => SegmentHash.Unit(u))]);
        }

        /// <summary>Adds a word of two or more units; single units and over-long words are ignored.</summary>
        public bool Add(string word, byte flags)
        {
            var units = word.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (units.Length < 2 || units.Length > MaxUnits) return false;
            ulong h = SegmentHash.Start;
            for (int i = 0; i < units.Length; i++)
            {
                h = SegmentHash.Extend(h, SegmentHash.Unit(units[i]));
                if (i == 0) continue;
                _entries.TryGetValue(h, out var old);
                if (i < units.Length - 1) _entries[h] = (byte)(old | Prefix);
                else
                {
                    byte bucket = (byte)Math.Max(old & BucketMask, flags & BucketMask);
                    _entries[h] = (byte)((old & ~BucketMask) | (flags & ~BucketMask) | bucket);
                }
            }
            return true;
        }

        public SegmentLexicon Build() => new(new Dictionary<ulong, byte>(_entries), new Dictionary<ulong, byte>(_classes));
    }
}
