namespace Bantin.News.Structure.Learning;

/// <summary>How <see cref="BoundaryTrainer"/> learns; the defaults made the shipped model.</summary>
internal sealed record BoundaryTrainerOptions
{
    /// <summary>Size of the weight table, as a power of two.</summary>
    public int HashBits { get; init; } = 20;

    /// <summary>Passes over the training articles; they alternate between fusing with and without noise.</summary>
    public int Epochs { get; init; } = 4;

    /// <summary>Noise seed of the first pass (each pass adds one), apart from the evaluation's seed 7.</summary>
    public int NoiseSeed { get; init; } = 1001;
}
