using System.Text;
using Bantin.Text.Syllables;

namespace Bantin.Text.Tests.Normalization.Legacy;

/// <summary>Unicode → VNI Windows text (as Latin-1 characters): base letter plus mark byte, spelled out independently.</summary>
internal static class VniTestEncoder
{
    // By tone (level, grave, acute, hook, tilde, dot): the mark after a/e/o/u/y/ơ/ư, after â ê ô, after ă; the i forms.
    private static readonly string[] ToneMark = ["", "ø", "ù", "û", "õ", "ï"];
    private static readonly string[] CircumflexMark = ["â", "à", "á", "å", "ã", "ä"];
    private static readonly string[] BreveMark = ["ê", "è", "é", "ú", "ü", "ë"];
    private static readonly string[] IForms = ["i", "ì", "í", "æ", "ó", "ò"];

    public static string Encode(string text)
    {
        var sb = new StringBuilder(text.Length * 2);
        foreach (char c in text) sb.Append(EncodeChar(c));
        return sb.ToString();
    }

    private static string EncodeChar(char c)
    {
        char b = VietLetters.Base(c);
        if (b == '\0' || (char.IsAscii(c) && char.IsLetter(c))) return c.ToString();
        int t = (int)VietLetters.ToneOf(c);
        string lower = b switch
        {
            'đ' => "ñ",
            'i' => IForms[t],
            'y' when t == (int)Tone.Dot => "î",
            'â' or 'ê' or 'ô' => (b == 'â' ? "a" : b == 'ê' ? "e" : "o") + CircumflexMark[t],
            'ă' => "a" + BreveMark[t],
            'ơ' => "ô" + ToneMark[t],
            'ư' => "ö" + ToneMark[t],
            _ => b + ToneMark[t],
        };
        return VietLetters.IsUpper(c) ? lower.ToUpperInvariant() : lower;
    }
}
