using System.Reflection;
using Bantin.Text.Learning;

namespace Bantin.News.Structure.Learning;

/// <summary>
/// A linear scorer over hashed features: a boundary where the weights of a candidate's features sum above zero.
/// Immutable once built; the shipped model (<c>Resources/read-boundaries.bin.gz</c>, made by <c>bantin train read</c>)
/// loads lazily and is shared by every thread. Stored as a <see cref="LinearModel"/> of kind "BTRB".
/// </summary>
public sealed class BoundaryModel
{
    internal const string ResourceName = "Bantin.News.Resources.read-boundaries.bin.gz";
    private const int Magic = 0x42525442; // "BTRB"
    private const int Version = 1;

    private static readonly Lazy<BoundaryModel> Shipped = new(LoadShipped, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly LinearModel _model;

    internal BoundaryModel(float[] weights) : this(new LinearModel(weights)) { }

    internal BoundaryModel(LinearModel model) => _model = model;

    /// <summary>The model shipped in Bantin.News.</summary>
    public static BoundaryModel Default => Shipped.Value;

    public int Bits => _model.Bits;

    public int NonZero => _model.NonZero;

    internal float Score(ReadOnlySpan<uint> features) => _model.Score(features);

    public void Write(Stream output) => _model.Write(output, Magic, Version);

    /// <summary>A model file written by <see cref="Write"/> (e.g. by <c>bantin train read --out FILE</c>).</summary>
    public static BoundaryModel Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(stream, path);
    }

    public static BoundaryModel Read(Stream input, string name) => new(LinearModel.Read(input, name, Magic, Version, "boundary model"));

    private static BoundaryModel LoadShipped()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from Bantin.News.");
        return Read(stream, ResourceName);
    }
}
