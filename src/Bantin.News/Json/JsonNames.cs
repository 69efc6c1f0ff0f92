using System.Text;

namespace Bantin.News.Json;

/// <summary>
/// Enum values as JSON writes them: kebab-case (SplitSyllable → split-syllable). Used for repair kinds in Article
/// JSON and for the kinds the CLI prints; each enum's names are computed once.
/// </summary>
public static class JsonNames
{
    public static string Kebab<T>(T value) where T : struct, Enum => Names<T>.Map[value];

    private static class Names<T> where T : struct, Enum
    {
        public static readonly Dictionary<T, string> Map = Enum.GetValues<T>().Distinct().ToDictionary(v => v, v => ToKebab(v.ToString()));
    }

    private static string ToKebab(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) sb.Append('-');
            sb.Append(char.ToLowerInvariant(name[i]));
        }
        return sb.ToString();
    }
}
