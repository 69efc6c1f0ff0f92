using System.Text;
using Bantin.Text.Normalization;

namespace Bantin.News.Readers.Dumps;

/// <summary>
/// Repair kinds as Article JSON writes them: the kebab-case name of the normalizer's change (SplitSyllable →
/// split-syllable), the names <c>bantin normalize --json</c> uses.
/// </summary>
internal static class RepairNames
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
