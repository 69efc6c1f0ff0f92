using Shared = Bantin.Text.Learning.FeatureHash;

namespace Bantin.News.Structure.Learning;

/// <summary>The shared <see cref="Shared"/> hashes, keyed by this model's <see cref="Template"/>s.</summary>
internal static class FeatureHash
{
    public static uint Of(Template template) => Shared.Of((int)template);

    public static uint Of(Template template, int value) => Shared.Of((int)template, value);

    public static uint Of(Template template, ReadOnlySpan<char> text) => Shared.Of((int)template, text);

    public static uint Of(Template template, int value, ReadOnlySpan<char> text) => Shared.Of((int)template, value, text);

    public static uint Of(Template template, ReadOnlySpan<char> a, ReadOnlySpan<char> b) => Shared.Of((int)template, a, b);

    public static uint Add(uint h, ReadOnlySpan<char> text) => Shared.Add(h, text);

    public static uint Mix(uint h, uint value) => Shared.Mix(h, value);
}
