using System.IO.Compression;

namespace Bantin.Text.Segmentation;

/// <summary>
/// A trained segmenter: its lexicon (the word graph's vocabulary) and its feature weights. Stored as a gzip-compressed
/// little-endian binary: magic <c>BSEG</c>, version, lexicon entries (hash, description), unit classes (hash, class), weights (hash, half float).
/// Immutable; thread-safe.
/// </summary>
internal sealed class SegmenterModel
{
    private const uint Magic = 0x47455342; // "BSEG"
    private const int Version = 1;

    public SegmenterModel(SegmentLexicon lexicon, WeightTable weights)
    {
        Lexicon = lexicon;
        Weights = weights;
    }

    public SegmentLexicon Lexicon { get; }

    public WeightTable Weights { get; }

    /// <summary>Writes the model; the same model always gives the same bytes.</summary>
    public static void Save(Stream stream, SegmentLexicon lexicon, IEnumerable<KeyValuePair<ulong, float>> weights)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        writer.Write(Magic);
        writer.Write(Version);
        var entries = lexicon.Entries.OrderBy(e => e.Key).ToArray();
        writer.Write(entries.Length);
        foreach (var (key, info) in entries) { writer.Write(key); writer.Write(info); }
        var classes = lexicon.Classes.OrderBy(e => e.Key).ToArray();
        writer.Write(classes.Length);
        foreach (var (key, info) in classes) { writer.Write(key); writer.Write(info); }
        var sorted = weights.OrderBy(w => w.Key).ToArray();
        writer.Write(sorted.Length);
        foreach (var (key, weight) in sorted) { writer.Write(key); writer.Write((Half)weight); }
    }

    /// <summary>Reads a model; InvalidDataException when the stream is not one (bad magic, version, truncated).</summary>
    public static SegmenterModel Load(Stream stream)
    {
        try { return Read(stream); }
        catch (EndOfStreamException e) { throw new InvalidDataException("The segmenter model file is truncated.", e); }
    }

    private static SegmenterModel Read(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(new BufferedStream(gzip, 1 << 16));
        if (reader.ReadUInt32() != Magic) throw new InvalidDataException("Not a Bantin segmenter model (bad magic number).");
        int version = reader.ReadInt32();
        if (version != Version) throw new InvalidDataException($"Segmenter model version {version} is not supported (expected {Version}).");
        int lexiconCount = reader.ReadInt32();
        if (lexiconCount < 0) throw new InvalidDataException("Corrupt segmenter model: negative lexicon size.");
        var entries = new Dictionary<ulong, byte>(lexiconCount);
        for (int i = 0; i < lexiconCount; i++) entries[reader.ReadUInt64()] = reader.ReadByte();
        int classCount = reader.ReadInt32();
        if (classCount < 0) throw new InvalidDataException("Corrupt segmenter model: negative class count.");
        var classes = new Dictionary<ulong, byte>(classCount);
        for (int i = 0; i < classCount; i++) classes[reader.ReadUInt64()] = reader.ReadByte();
        int weightCount = reader.ReadInt32();
        if (weightCount < 0) throw new InvalidDataException("Corrupt segmenter model: negative weight count.");
        var weights = new KeyValuePair<ulong, float>[weightCount];
        for (int i = 0; i < weightCount; i++) weights[i] = new(reader.ReadUInt64(), (float)reader.ReadHalf());
        return new SegmenterModel(new SegmentLexicon(entries, classes), new WeightTable(weights));
    }
}
