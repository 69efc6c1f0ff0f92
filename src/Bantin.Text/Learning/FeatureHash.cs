namespace Bantin.Text.Learning;

/// <summary>
/// Stable feature hashes (FNV-1a over a template number and text), so features cost no string allocation and a model
/// trained once means the same thing in every process. <see cref="Add"/> lower-cases letters on the fly;
/// <see cref="AddExact"/> keeps case.
/// </summary>
public static class FeatureHash
{
    private const uint Offset = 2166136261, Prime = 16777619;

    public static uint Of(int template) => Mix(Offset, (uint)template);

    public static uint Of(int template, int value) => Mix(Of(template), (uint)value);

    public static uint Of(int template, ReadOnlySpan<char> text) => Add(Of(template), text);

    public static uint Of(int template, int value, ReadOnlySpan<char> text) => Add(Of(template, value), text);

    public static uint Of(int template, ReadOnlySpan<char> a, ReadOnlySpan<char> b) => Add(Mix(Add(Of(template), a), 0x1F), b);

    public static uint Of(int template, int value, ReadOnlySpan<char> a, ReadOnlySpan<char> b) => Add(Mix(Add(Of(template, value), a), 0x1F), b);

    /// <summary>Adds <paramref name="text"/>, lower-cased, and an end mark.</summary>
    public static uint Add(uint h, ReadOnlySpan<char> text)
    {
        foreach (char c in text) h = (h ^ char.ToLowerInvariant(c)) * Prime;
        return (h ^ 0x1E) * Prime;
    }

    /// <summary>Adds <paramref name="text"/> as written and an end mark.</summary>
    public static uint AddExact(uint h, ReadOnlySpan<char> text) => (Chars(h, text) ^ 0x1E) * Prime;

    /// <summary>Plain FNV-1a of <paramref name="text"/> as written (no template, no end mark): a stable hash of a string.</summary>
    public static uint OfText(ReadOnlySpan<char> text) => Chars(Offset, text);

    private static uint Chars(uint h, ReadOnlySpan<char> text)
    {
        foreach (char c in text) h = (h ^ c) * Prime;
        return h;
    }

    public static uint Mix(uint h, uint value)
    {
        h = (h ^ (value & 0xFF)) * Prime;
        h = (h ^ (value >> 8 & 0xFF)) * Prime;
        h = (h ^ (value >> 16 & 0xFF)) * Prime;
        return (h ^ value >> 24) * Prime;
    }
}
