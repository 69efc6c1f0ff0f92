using Bantin.Text.Syllables;

namespace Bantin.Text.Normalization;

/// <summary>
/// The VNI Windows font layout. A vowel is an ASCII letter followed by one mark byte carrying its diacritic and/or
/// tone ("eä" = ệ); ơ ư đ and the i/ỵ forms have bytes of their own. The upper-case form of a mark (Ä) is the same
/// mark drawn higher for capitals, so case always comes from the letter.
/// </summary>
internal static class VniTable
{
    // Lower-case mark bytes as Latin-1 characters, and what each adds: a diacritic ('^' circumflex, '(' breve,
    // ' ' none) and a tone (digits are Tone values: 1 grave, 2 acute, 3 hook, 4 tilde, 5 dot).
    private const string Marks = "ùøûõïâáàåãäêéèúüë";
    private const string MarkDiacritics = "     ^^^^^^((((((";
    private const string MarkTones = "21345021345021345";

    // Bytes that are whole letters: ơ ư đ í ì ỉ ĩ ị ỵ.
    private const string Standalone = "ôöñíìæóòî";
    private const string StandaloneLetters = "ơưđíìỉĩịỵ";

    /// <summary>Every character with a role in VNI, both cases.</summary>
    public static string Characters { get; } =
        Marks + Marks.ToUpperInvariant() + Standalone + Standalone.ToUpperInvariant();

    /// <summary>The letter a standalone byte stands for, or '\0'.</summary>
    public static char Letter(char c)
    {
        int i = Standalone.IndexOf(char.ToLowerInvariant(c));
        if (i < 0) return '\0';
        return char.IsUpper(c) ? char.ToUpperInvariant(StandaloneLetters[i]) : StandaloneLetters[i];
    }

    /// <summary>The diacritic (' ' for none) and tone a mark byte adds; false when <paramref name="c"/> is no mark.</summary>
    public static bool TryMark(char c, out char diacritic, out Tone tone)
    {
        int i = c <= '\u00FF' ? Marks.IndexOf(char.ToLowerInvariant(c)) : -1;
        diacritic = i < 0 ? ' ' : MarkDiacritics[i];
        tone = i < 0 ? Tone.Level : (Tone)(MarkTones[i] - '0');
        return i >= 0;
    }
}
