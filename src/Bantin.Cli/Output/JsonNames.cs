using System.Text;

namespace Bantin.Cli.Output;

/// <summary>Enum names as they appear in JSON: kebab-case (SplitSyllable → split-syllable).</summary>
public static class JsonNames
{
    public static string Kebab<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        var sb = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) sb.Append('-');
            sb.Append(char.ToLowerInvariant(name[i]));
        }
        return sb.ToString();
    }
}
