using Bantin.Text.Syllables;

namespace Bantin.Text.Segmentation;

/// <summary>
/// 64-bit hashes of units (case-folded) and of feature tuples. Stable across runs and platforms: the model file stores
/// them, so this must never change without retraining.
/// </summary>
internal static class SegmentHash
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>
    /// FNV-1a over the lower-cased letters with their tone marks taken off, then the tone: <c>khỏe</c>, <c>khoẻ</c> and
    /// <c>KHỎE</c> hash alike, whichever vowel carries the mark.
    /// </summary>
    public static ulong Unit(ReadOnlySpan<char> unit)
    {
        ulong h = FnvOffset;
        int tone = 0;
        foreach (char c in unit)
        {
            char b = VietLetters.Base(c);
            if (b != '\0')
            {
                tone |= (int)VietLetters.ToneOf(c);
                h = (h ^ b) * FnvPrime;
            }
            else h = (h ^ char.ToLowerInvariant(c)) * FnvPrime;
        }
        return Mix((h ^ (ulong)(0x10000 + tone)) * FnvPrime);
    }

    /// <summary>The hash of a sequence of units, each given by its <see cref="Unit"/> hash.</summary>
    public static ulong Sequence(ReadOnlySpan<ulong> units)
    {
        ulong h = Start;
        foreach (var u in units) h = Extend(h, u);
        return h;
    }

    public static ulong Extend(ulong sequence, ulong unit) => Mix(sequence ^ unit) + 0x632BE59BD9B4E019UL;

    public static ulong Start => 0x9E3779B97F4A7C15UL;

    // A feature hash: its values, each times its own odd constant, combined with the template and mixed once. The
    // values are already well-mixed hashes or small codes, so one finalizer suffices (and keeps feature hashing cheap).
    private const ulong K1 = 0x9E3779B97F4A7C15UL, K2 = 0xC2B2AE3D27D4EB4FUL, K3 = 0x165667B19E3779F9UL, KT = 0xD6E8FEB86659FD93UL;

    public static ulong Feature(int template, ulong a) => Mix((ulong)(template + 1) * KT ^ a * K1);

    public static ulong Feature(int template, ulong a, ulong b) => Mix((ulong)(template + 1) * KT ^ a * K1 ^ (b * K2 + (b >> 29)));

    public static ulong Feature(int template, ulong a, ulong b, ulong c) =>
        Mix((ulong)(template + 1) * KT ^ a * K1 ^ (b * K2 + (b >> 29)) ^ (c * K3 + (c >> 31)));

    /// <summary>splitmix64's finalizer.</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
