using Bantin.Text.Syllables;

namespace Bantin.Text.Normalization;

/// <summary>
/// Builds precomposed Vietnamese letters from a letter plus a diacritic or tone, the way VNI and VIQR spell them.
/// Answers '\0' when the combination is not a Vietnamese letter, so callers keep the mark as plain text.
/// </summary>
internal static class LetterComposer
{
    /// <summary>
    /// <paramref name="c"/> with a circumflex ('^'), breve ('(') or horn ('+'), keeping its case and tone:
    /// a^ â, e^ ê, o^ ô, a( ă, o+ ơ, u+ ư. '\0' when <paramref name="c"/> does not take that diacritic.
    /// </summary>
    public static char AddDiacritic(char c, char diacritic)
    {
        char marked = (VietLetters.Base(c), diacritic) switch
        {
            ('a', '^') => 'â',
            ('e', '^') => 'ê',
            ('o', '^') => 'ô',
            ('a', '(') => 'ă',
            ('o', '+') => 'ơ',
            ('u', '+') => 'ư',
            _ => '\0',
        };
        if (marked == '\0') return '\0';
        marked = VietLetters.WithTone(marked, VietLetters.ToneOf(c));
        return VietLetters.IsUpper(c) ? char.ToUpperInvariant(marked) : marked;
    }

    /// <summary><paramref name="c"/> with <paramref name="tone"/>; '\0' unless it is a vowel without a tone yet.</summary>
    public static char AddTone(char c, Tone tone)
    {
        if (tone == Tone.Level || !VietLetters.IsVowel(c) || VietLetters.ToneOf(c) != Tone.Level) return '\0';
        return VietLetters.WithTone(c, tone);
    }
}
