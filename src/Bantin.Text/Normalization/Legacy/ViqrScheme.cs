using System.Buffers;
using Bantin.Text.Syllables;

namespace Bantin.Text.Normalization;

/// <summary>
/// VIQR (RFC 1456): a vowel followed by ( ^ + for ă â ê ô ơ ư, then ' ` ? ~ . for the tone; dd/DD/Dd for đ/Đ.
/// As the RFC says, a mark character is a mark only when it can combine with the letter before it ("the^'?" is
/// "thế?": a toned vowel takes no second tone), and a backslash before it keeps it literal ("ddi\." is "đi.").
/// </summary>
internal sealed class ViqrScheme : LegacyScheme
{
    public static readonly ViqrScheme Instance = new();

    private const string MarkChars = "(^+'`?~.";

    private static readonly SearchValues<char> TriggerChars = SearchValues.Create(MarkChars + "\\dD");

    private ViqrScheme() { }

    protected override SearchValues<char> Triggers => TriggerChars;

    protected override (int Start, int End) FindWord(ReadOnlySpan<char> text, int trigger, int floor)
    {
        int start = trigger;
        while (start > floor && IsWordChar(text[start - 1])) start--;
        while (start < trigger && !char.IsAsciiLetter(text[start])) start++;
        if (!char.IsAsciiLetter(text[start])) return (trigger + 1, trigger + 1);
        int end = start;
        while (end < text.Length)
        {
            char c = text[end];
            if (char.IsAsciiLetter(c) || IsMark(c)) end++;
            else if (c == '\\' && end + 1 < text.Length && IsEscapable(text[end - 1], text[end + 1])) end += 2;
            else break;
        }
        return (start, end);
    }

    public override int DecodeWord(ReadOnlySpan<char> word, Span<char> output)
    {
        int n = 0;
        int last = -1; // output index of the letter a following mark may combine with
        // A syllable has one tone: in "ro^`i." the period is punctuation, not a dot under i. A vowel after a consonant
        // that follows the tone starts the next syllable of a run (ti?nhQua?ng).
        bool toned = false, consonantAfterTone = false;
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            if (IsDoubleDAt(word, i))
            {
                output[n++] = c == 'd' ? 'đ' : 'Đ';
                last = -1;
                i++;
                continue;
            }
            if (char.IsAsciiLetter(c))
            {
                bool vowel = VietLetters.IsVowel(c);
                if (vowel && consonantAfterTone) toned = consonantAfterTone = false;
                else if (!vowel && toned) consonantAfterTone = true;
                last = n;
                output[n++] = c;
                continue;
            }
            if (c == '\\' && i > 0 && i + 1 < word.Length && IsEscapable(word[i - 1], word[i + 1]))
            {
                output[n++] = word[++i];
                last = -1;
                toned = consonantAfterTone = false;
                continue;
            }
            char combined = last >= 0 && !(toned && IsToneMark(c)) ? Combine(output[last], c) : '\0';
            if (combined != '\0')
            {
                output[last] = combined;
                toned |= IsToneMark(c);
                continue;
            }
            output[n++] = c;
            last = -1;
            toned = consonantAfterTone = false;
        }
        return n;
    }

    protected override WordVote Judge(ReadOnlySpan<char> word, ReadOnlySpan<char> decoded)
    {
        int length = decoded.Length;
        while (length > 0 && !char.IsLetter(decoded[length - 1])) length--;
        var core = decoded[..length];
        bool wellFormed = WordShape.IsWellFormed(core);
        // Strong evidence needs a tone (code like "mu+ = ca(n)" makes toneless syllables) and a sign English text
        // does not show: ă â ê ô ơ ư đ, a grave or tilde, or a tone inside the word (ba'n, ho.c). One letter, or a
        // tone from a final ' . ? ("me." "Why?"), is weak.
        bool toned = false, vietnameseOnly = false;
        for (int i = 0; i < core.Length && core.Length >= 2; i++)
        {
            char c = core[i];
            if (char.IsAscii(c)) continue;
            var tone = VietLetters.ToneOf(c);
            toned |= tone != Tone.Level;
            vietnameseOnly |= VietLetters.Base(c) is 'ă' or 'â' or 'ê' or 'ô' or 'ơ' or 'ư' or 'đ'
                              || tone is Tone.Grave or Tone.Tilde
                              || (tone != Tone.Level && i + 1 < core.Length && char.IsLetter(core[i + 1]));
        }
        if (toned && vietnameseOnly) return wellFormed ? WordVote.StrongGood : WordVote.StrongBad;
        return wellFormed ? WordVote.WeakGood : WordVote.WeakBad;
    }

    private static char Combine(char letter, char mark) => mark switch
    {
        '^' or '(' or '+' => LetterComposer.AddDiacritic(letter, mark),
        '\'' => LetterComposer.AddTone(letter, Tone.Acute),
        '`' => LetterComposer.AddTone(letter, Tone.Grave),
        '?' => LetterComposer.AddTone(letter, Tone.Hook),
        '~' => LetterComposer.AddTone(letter, Tone.Tilde),
        '.' => LetterComposer.AddTone(letter, Tone.Dot),
        _ => '\0',
    };

    /// <summary>
    /// dd, DD or Dd where a syllable starts (đ is an onset), or DD after a capital as in abbreviations (HDDND, CSDDT).
    /// Lower-case dd inside a word stays (address, Teddy).
    /// </summary>
    private static bool IsDoubleDAt(ReadOnlySpan<char> word, int i)
    {
        if (i + 1 >= word.Length || !WordShape.StartsWithDoubleD(word[i..])) return false;
        return i == 0 || !char.IsAsciiLetter(word[i - 1]) || (word[i + 1] == 'D' && char.IsAsciiLetterUpper(word[i - 1]));
    }

    private static bool IsMark(char c) => MarkChars.Contains(c);

    private static bool IsToneMark(char c) => c is '\'' or '`' or '?' or '~' or '.';

    private static bool IsWordChar(char c) => char.IsAsciiLetter(c) || IsMark(c) || c == '\\';

    /// <summary>A backslash escapes a mark, or a d that would otherwise make dd ("Ted\dy").</summary>
    private static bool IsEscapable(char before, char next) =>
        IsMark(next) || (next is 'd' or 'D' && before is 'd' or 'D');
}
