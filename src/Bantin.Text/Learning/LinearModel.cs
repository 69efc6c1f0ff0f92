using System.IO.Compression;
using System.Numerics;

namespace Bantin.Text.Learning;

/// <summary>
/// A linear scorer over hashed features (a weight table of 2^bits entries indexed by the hash's low bits). Immutable;
/// shared by every thread. The learned sentence splitter and the article reader's boundary model are both one.
/// </summary>
/// <remarks>
/// File format (gzip): int32 magic (the model kind), int32 version, int32 hash bits, int32 scale, int32 entries; then per
/// non-zero weight the gap to the previous index (7-bit varint) and the weight × scale as int16. Little-endian.
/// </remarks>
public sealed class LinearModel
{
    private readonly float[] _weights;
    private readonly uint _mask;

    public LinearModel(float[] weights)
    {
        if (!BitOperations.IsPow2(weights.Length)) throw new ArgumentException("The weight table's size must be a power of two.", nameof(weights));
        _weights = weights;
        _mask = (uint)weights.Length - 1;
    }

    public int Bits => BitOperations.Log2((uint)_weights.Length);

    public int NonZero => _weights.Count(w => w != 0);

    public float Score(ReadOnlySpan<uint> features)
    {
        float sum = 0;
        foreach (uint h in features) sum += _weights[h & _mask];
        return sum;
    }

    /// <summary>Weights are stored as int16 steps of 1/scale, the scale chosen so the largest weight fits.</summary>
    public void Write(Stream output, int magic, int version)
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
        w.Write(magic);
        w.Write(version);
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

    /// <summary>Reads a model written by <see cref="Write"/>; <paramref name="kind"/> names it in errors ("boundary model").</summary>
    /// <exception cref="FormatException">Not such a model, another version, truncated or damaged.</exception>
    public static LinearModel Read(Stream input, string name, int magic, int version, string kind)
    {
        using var gzip = new GZipStream(input, CompressionMode.Decompress, leaveOpen: true);
        using var r = new BinaryReader(gzip);
        try
        {
            if (r.ReadInt32() != magic) throw new FormatException($"{name}: not a {kind}");
            int found = r.ReadInt32();
            if (found != version) throw new FormatException($"{name}: model version {found}, expected {version}");
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
            return new LinearModel(weights);
        }
        catch (EndOfStreamException)
        {
            throw new FormatException($"{name}: truncated");
        }
        catch (InvalidDataException)
        {
            throw new FormatException($"{name}: not a gzip-compressed {kind}");
        }
    }
}
