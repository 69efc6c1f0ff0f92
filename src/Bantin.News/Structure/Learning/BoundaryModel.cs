using System.IO.Compression;
using System.Reflection;

namespace Bantin.News.Structure.Learning;

/// <summary>
/// A linear scorer over hashed features: a boundary where the weights of a candidate's features sum above zero.
/// Immutable once built; the shipped model (<c>Resources/read-boundaries.bin.gz</c>, made by <c>bantin train read</c>)
/// loads lazily and is shared by every thread.
/// </summary>
/// <remarks>
/// Format (gzip): "BTRB" magic, int32 version, int32 hash bits, int32 scale, int32 entries; then per non-zero weight
/// the gap to the previous index (7-bit varint) and the weight × scale as int16. Little-endian.
/// </remarks>
public sealed class BoundaryModel
{
    internal const string ResourceName = "Bantin.News.Resources.read-boundaries.bin.gz";
    private const int Magic = 0x42525442; // "BTRB"
    private const int Version = 1;

    private static readonly Lazy<BoundaryModel> Shipped = new(LoadShipped, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly float[] _weights;
    private readonly uint _mask;

    internal BoundaryModel(float[] weights)
    {
        if (!System.Numerics.BitOperations.IsPow2(weights.Length)) throw new ArgumentException("The weight table's size must be a power of two.", nameof(weights));
        _weights = weights;
        _mask = (uint)weights.Length - 1;
    }

    /// <summary>The model shipped in Bantin.News.</summary>
    public static BoundaryModel Default => Shipped.Value;

    public int Bits => System.Numerics.BitOperations.Log2((uint)_weights.Length);

    public int NonZero => _weights.Count(w => w != 0);

    internal float Score(ReadOnlySpan<uint> features)
    {
        float sum = 0;
        foreach (uint h in features) sum += _weights[h & _mask];
        return sum;
    }

    /// <summary>Weights are stored as int16 steps of 1/scale, the scale chosen so the largest weight fits.</summary>
    public void Write(Stream output)
    {
        using var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(gzip);
        float max = 0;
        foreach (float x in _weights) max = Math.Max(max, Math.Abs(x));
        int scale = Math.Max(1, (int)(short.MaxValue / Math.Max(1, Math.Ceiling(max))));
        var entries = new List<(int Index, short Value)>();
        for (int k = 0; k < _weights.Length; k++)
        {
            int q = (int)Math.Round(_weights[k] * scale);
            if (q != 0) entries.Add((k, (short)q));
        }
        w.Write(Magic);
        w.Write(Version);
        w.Write(Bits);
        w.Write(scale);
        w.Write(entries.Count);
        int last = 0;
        foreach (var (index, value) in entries)
        {
            w.Write7BitEncodedInt(index - last);
            w.Write(value);
            last = index;
        }
    }

    /// <summary>A model file written by <see cref="Write"/> (e.g. by <c>bantin train read --out FILE</c>).</summary>
    public static BoundaryModel Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(stream, path);
    }

    public static BoundaryModel Read(Stream input, string name)
    {
        using var gzip = new GZipStream(input, CompressionMode.Decompress, leaveOpen: true);
        using var r = new BinaryReader(gzip);
        try
        {
            if (r.ReadInt32() != Magic) throw new FormatException($"{name}: not a boundary model");
            int version = r.ReadInt32();
            if (version != Version) throw new FormatException($"{name}: model version {version}, expected {Version}");
            int bits = r.ReadInt32(), scale = r.ReadInt32(), count = r.ReadInt32();
            if (bits is < 8 or > 26 || scale <= 0 || count < 0) throw new FormatException($"{name}: bad header");
            var weights = new float[1 << bits];
            int index = 0;
            for (int k = 0; k < count; k++)
            {
                index += r.Read7BitEncodedInt();
                if ((uint)index >= weights.Length) throw new FormatException($"{name}: weight {k} out of range");
                weights[index] = (float)r.ReadInt16() / scale;
            }
            return new BoundaryModel(weights);
        }
        catch (EndOfStreamException)
        {
            throw new FormatException($"{name}: truncated");
        }
        catch (InvalidDataException)
        {
            throw new FormatException($"{name}: not a gzip-compressed boundary model");
        }
    }

    private static BoundaryModel LoadShipped()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from Bantin.News.");
        return Read(stream, ResourceName);
    }
}
