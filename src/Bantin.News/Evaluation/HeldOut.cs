using Bantin.Text.Learning;

namespace Bantin.News.Evaluation;

/// <summary>
/// A fixed slice of a gold file kept out of training so it can still judge the model: every article whose id hashes
/// to 0 modulo <c>every</c> (FNV-1a of the id, so the slice does not depend on the file's order or on the runtime).
/// <c>bantin train read --held-out K</c> leaves that slice out; <c>bantin eval read --held-out K</c> scores only it.
/// </summary>
public static class HeldOut
{
    /// <summary>True when the article with <paramref name="id"/> is in the held-out slice; never when <paramref name="every"/> &lt; 2.</summary>
    public static bool Contains(string id, int every) => every >= 2 && FeatureHash.OfText(id) % (uint)every == 0;
}
