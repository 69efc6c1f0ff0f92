using System.Text;
using Bantin.Text.Syllables;

namespace Bantin.Text.Tests.Normalization.Legacy;

/// <summary>
/// Unicode → VIQR: base letter, then ( ^ + for the diacritic, then the tone mark; đ as dd/DD. A mark character
/// that follows a letter in the text is escaped with a backslash, as RFC 1456 asks.
/// </summary>
internal static class ViqrTestEncoder
{
    private const string Marks = "(^+'`?~.";
    private static readonly string[] ToneMark = ["", "`", "'", "?", "~", "."];

    public static string Encode(string text)
    {
        var sb = new StringBuilder(text.Length * 2);
        bool afterLetter = false;
        foreach (char c in text)
        {
            char b = VietLetters.Base(c);
            if (b == '\0')
            {
                if (afterLetter && Marks.Contains(c)) sb.Append('\\');
                sb.Append(c);
                afterLetter = false;
                continue;
            }
            string spelled = b switch
            {
                'đ' => "dd",
                'ă' => "a(",
                'â' => "a^",
                'ê' => "e^",
                'ô' => "o^",
                'ơ' => "o+",
                'ư' => "u+",
                _ => b.ToString(),
            } + ToneMark[(int)VietLetters.ToneOf(c)];
            if (VietLetters.IsUpper(c)) spelled = b == 'đ' ? "DD" : char.ToUpperInvariant(spelled[0]) + spelled[1..];
            sb.Append(spelled);
            afterLetter = true;
        }
        return sb.ToString();
    }
}
