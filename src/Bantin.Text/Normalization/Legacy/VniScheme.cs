using System.Buffers;
using Bantin.Text.Syllables;

namespace Bantin.Text.Normalization;

/// <summary>
/// VNI Windows read as cp1252 or Latin-1. A word is a run of ASCII and Latin-1 letters; a run that also holds a
/// letter beyond Latin-1 (ệ, ư…) is real Unicode and is left alone.
/// </summary>
internal sealed class VniScheme : LegacyScheme
{
    public static readonly VniScheme Instance = new();

    private static readonly SearchValues<char> TriggerChars = SearchValues.Create(VniTable.Characters);

    private VniScheme() { }

    protected override SearchValues<char> Triggers => TriggerChars;

    protected override (int Start, int End) FindWord(ReadOnlySpan<char> text, int trigger, int floor)
    {
        int start = trigger, end = trigger;
        while (start > floor && char.IsLetter(text[start - 1])) start--;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        foreach (char c in text[start..end])
            if (c > '\u00FF') return (end, end);
        return (start, end);
    }

    public override int DecodeWord(ReadOnlySpan<char> word, Span<char> output)
    {
        int n = 0;
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            char letter = VniTable.Letter(c);
            if (letter == '\0') letter = c;
            if (i + 1 < word.Length && VniTable.TryMark(word[i + 1], out char diacritic, out var tone))
            {
                char marked = diacritic == ' ' ? letter : LetterComposer.AddDiacritic(letter, diacritic);
                if (marked != '\0' && tone != Tone.Level) marked = LetterComposer.AddTone(marked, tone);
                if (marked != '\0' && TakesMark(c))
                {
                    output[n++] = marked;
                    i++;
                    continue;
                }
            }
            output[n++] = letter;
        }
        return n;
    }

    /// <summary>Only a, e, o, u, y and ơ, ư (bytes ô, ö) take marks; VNI writes every i form as one byte.</summary>
    private static bool TakesMark(char c) => "aeouyAEOUYôöÔÖ".Contains(c);

    protected override WordVote Judge(ReadOnlySpan<char> word, ReadOnlySpan<char> decoded) => JudgeBytes(word, decoded);
}
