using Bantin.Text.Normalization;

namespace Bantin.Search.Indexing;

/// <summary>
/// 64-bit SimHash of a text over folded syllable 3-shingles: texts that share most of their wording differ in few
/// bits. Two articles whose fingerprints differ in at most <see cref="NearDistance"/> bits are near-duplicates.
/// </summary>
public static class SimHash
{
    public const int NearDistance = 3;

    public static long Of(string text)
    {
        Span<int> votes = stackalloc int[64];
        ulong a = 0, b = 0;
        int seen = 0;
        ulong h = 14695981039346656037UL;
        int length = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            char c = i < text.Length ? DiacriticFolder.Fold(text[i]) : ' ';
            if (char.IsLetterOrDigit(c)) { h = (h ^ c) * 1099511628211UL; length++; continue; }
            if (length == 0) continue;
            // one syllable ended: shingle = the last three
            ulong s = h;
            h = 14695981039346656037UL;
            length = 0;
            if (++seen >= 3) Vote(votes, Mix(a * 31 + b * 17 + s));
            a = b; b = s;
        }
        if (seen is > 0 and < 3) Vote(votes, Mix(a * 31 + b));
        long result = 0;
        for (int bit = 0; bit < 64; bit++)
            if (votes[bit] > 0) result |= 1L << bit;
        return result;
    }

    public static int Distance(long x, long y) => System.Numerics.BitOperations.PopCount((ulong)(x ^ y));

    private static void Vote(Span<int> votes, ulong shingle)
    {
        for (int bit = 0; bit < 64; bit++) votes[bit] += ((shingle >> bit) & 1) != 0 ? 1 : -1;
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
