using System.Text;
using Bantin.Text.Normalization;

namespace Bantin.News.Structure;

/// <summary>Repair kinds as they appear in Article JSON: kebab-case (SplitSyllable → split-syllable).</summary>
internal static class RepairKinds
{
    private static readonly Dictionary<ChangeKind, string> Names =
        Enum.GetValues<ChangeKind>().ToDictionary(k => k, k => Kebab(k.ToString()));

    public static string Of(ChangeKind kind) => Names[kind];

    private static string Kebab(string name)
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
