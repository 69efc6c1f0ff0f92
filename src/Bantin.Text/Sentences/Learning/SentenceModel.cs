using System.Reflection;
using Bantin.Text.Learning;

namespace Bantin.Text.Sentences.Learning;

/// <summary>
/// The learned sentence-boundary model: at each place the rules consider (<see cref="SentenceCandidate"/>), a sentence
/// ends when the weights of its features sum above zero; the rules' own decision is one of the features. Trained by
/// <c>bantin train sentences</c> on news paragraphs with gold sentences; the shipped model
/// (<c>Resources/sentence-boundaries.bin.gz</c>) loads lazily. Immutable; thread-safe.
/// </summary>
public sealed class SentenceModel
{
    private const string ResourceName = "Bantin.Text.Resources.sentence-boundaries.bin.gz";
    private const int Magic = 0x544E5342; // "BSNT"
    private const int Version = 1;

    private static readonly Lazy<SentenceModel> Shipped = new(LoadShipped, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly LinearModel _model;

    internal SentenceModel(LinearModel model) => _model = model;

    /// <summary>The model shipped in Bantin.Text.</summary>
    public static SentenceModel Default => Shipped.Value;

    public int NonZero => _model.NonZero;

    internal bool IsBoundary(ReadOnlySpan<char> text, in SentenceCandidate candidate)
    {
        Span<uint> features = stackalloc uint[SentenceFeatures.Count];
        SentenceFeatures.Compute(text, candidate, features);
        return _model.Score(features) > 0;
    }

    public void Write(Stream output) => _model.Write(output, Magic, Version);

    /// <summary>A model file written by <see cref="Write"/> (e.g. by <c>bantin train sentences --out FILE</c>).</summary>
    /// <exception cref="FormatException">Not a sentence model, or damaged.</exception>
    public static SentenceModel Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(stream, path);
    }

    public static SentenceModel Read(Stream input, string name) => new(LinearModel.Read(input, name, Magic, Version, "sentence model"));

    private static SentenceModel LoadShipped()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from Bantin.Text.");
        return Read(stream, ResourceName);
    }
}
