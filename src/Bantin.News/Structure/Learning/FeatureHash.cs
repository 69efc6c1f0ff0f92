namespace Bantin.News.Structure.Learning;

/// <summary>
/// Stable feature hashes (FNV-1a over a template number and text, letters lower-cased on the fly), so features cost no
/// string allocation and a model trained once means the same thing in every process.
/// </summary>
internal static class FeatureHash
{
    private const uint Offset = 2166136261, Prime = 16777619;

    public static uint Of(Template template) => Mix(Offset, (uint)template);

    public static uint Of(Template template, int value) => Mix(Of(template), (uint)value);

    public static uint Of(Template template, ReadOnlySpan<char> text) => Add(Of(template), text);

    public static uint Of(Template template, int value, ReadOnlySpan<char> text) => Add(Of(template, value), text);

    public static uint Of(Template template, ReadOnlySpan<char> a, ReadOnlySpan<char> b) => Add(Mix(Add(Of(template), a), 0x1F), b);

    public static uint Add(uint h, ReadOnlySpan<char> text)
    {
        foreach (char c in text) h = (h ^ char.ToLowerInvariant(c)) * Prime;
        return (h ^ 0x1E) * Prime;
    }

    public static uint Mix(uint h, uint value)
    {
        h = (h ^ (value & 0xFF)) * Prime;
        h = (h ^ (value >> 8 & 0xFF)) * Prime;
        h = (h ^ (value >> 16 & 0xFF)) * Prime;
        return (h ^ value >> 24) * Prime;
    }
}
