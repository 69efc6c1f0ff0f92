using System.Buffers;
using Bantin.Text.Syllables;

namespace Bantin.Text.Normalization;

/// <summary>
/// TCVN3 (TCVN 5712:1993) read as cp1252 or Latin-1: every byte maps to one letter, except B0–B4, which put a tone on
/// the vowel before them. A word is a run of ASCII letters and TCVN3 characters; a run that also holds a Unicode-only
/// letter (ệ, ư…) is real Unicode and is left alone.
/// </summary>
internal sealed class Tcvn3Scheme : LegacyScheme
{
    public static readonly Tcvn3Scheme Instance = new();

    private static readonly SearchValues<char> TriggerChars = SearchValues.Create(BuildTriggers());

    // VN1 puts upper-case letters at the bytes where cp1252 has … ‘ ’ “ ” • – — ‹ ›, and real TCVN3 (VN3) files use
    // those bytes for Word's smart quotes and dashes. Arriving as these cp1252 characters, they are letters only
    // when that makes the word a syllable. As C1 controls they cannot be punctuation and are always letters.
    private static readonly SearchValues<char> Punctuation = SearchValues.Create("…‘’“”•–—‹›");

    /// <summary>Longest run tried letter by letter when deciding whether quotes or dashes around it are letters.</summary>
    private const int MaxTriedRun = 16;

    /// <summary>At most this many quote or dash characters on each side of a word are tried as letters.</summary>
    private const int MaxTriedEdge = 3;

    private Tcvn3Scheme() { }

    protected override SearchValues<char> Triggers => TriggerChars;

    protected override (int Start, int End) FindWord(ReadOnlySpan<char> text, int trigger, int floor)
    {
        int start = trigger, end = trigger;
        while (start > floor && IsRunChar(text[start - 1])) start--;
        while (end < text.Length && IsRunChar(text[end]))
        {
            // A run this long is no syllable, so its quotes and dashes only split it; stopping at them keeps the scan linear.
            if (end - start >= MaxTriedRun && Punctuation.Contains(text[end])) break;
            end++;
        }
        foreach (char c in text[start..end])
            if (!char.IsAsciiLetter(c) && !IsTcvnChar(c)) return (end, end);
        if (!text[start..end].ContainsAny(Punctuation)) return (start, end);
        return ResolvePunctuation(text, start, end);
    }

    public override int DecodeWord(ReadOnlySpan<char> word, Span<char> output)
    {
        int n = 0, upper = 0;
        bool asciiLower = false;
        foreach (char c in word)
        {
            if (char.IsAsciiLetter(c))
            {
                output[n++] = c;
                if (char.IsAsciiLetterLower(c)) asciiLower = true;
                else upper++;
                continue;
            }
            int b = Cp1252.ToByte(c);
            var tone = Tcvn3Table.MarkTone(b);
            if (tone != Tone.Level)
            {
                char toned = n > 0 ? LetterComposer.AddTone(output[n - 1], tone) : '\0';
                if (toned != '\0') output[n - 1] = toned;
                else output[n++] = c;
                continue;
            }
            char letter = b < 0 ? '\0' : Tcvn3Table.Letter(b);
            output[n++] = letter == '\0' ? c : letter;
            if (letter != '\0' && VietLetters.IsUpper(letter)) upper++;
        }
        // Headings were set in the upper-case font .VnTimeH over lower-case codes: "VIÖT" showed as VIỆT. A word typed
        // in capitals with no lower-case ASCII letter is taken to be such a heading.
        if (!asciiLower && upper >= 2)
        {
            for (int i = 0; i < n; i++) output[i] = char.ToUpperInvariant(output[i]);
        }
        return n;
    }

    protected override WordVote Judge(ReadOnlySpan<char> word, ReadOnlySpan<char> decoded)
    {
        var vote = JudgeBytes(word, decoded);
        // A word whose only TCVN3 characters are cp1252 ones is as likely Unicode with typographic quotes ("’a"
        // reads as "Òa"): weak evidence. Real TCVN3 text shows its Latin-1 letters in nearly every word.
        foreach (char c in word)
            if (c is >= '\u0080' and <= '\u00FF') return vote; // (ContainsAnyInRange allocates here)
        return vote switch
        {
            WordVote.StrongGood => WordVote.WeakGood,
            WordVote.StrongBad => WordVote.WeakBad,
            _ => vote,
        };
    }

    /// <summary>
    /// A run with quote or dash characters: keep as letters those that make a syllable of it (fewest stripped first);
    /// otherwise they are punctuation, and the word is the letters up to the first of them.
    /// </summary>
    private (int Start, int End) ResolvePunctuation(ReadOnlySpan<char> text, int start, int end)
    {
        int lead = 0, trail = 0;
        while (start + lead < end && Punctuation.Contains(text[start + lead])) lead++;
        if (start + lead == end) return (end, end); // nothing but punctuation
        while (Punctuation.Contains(text[end - 1 - trail])) trail++;

        if (end - start <= MaxTriedRun)
        {
            Span<char> buffer = stackalloc char[MaxTriedRun];
            int maxLead = Math.Min(lead, MaxTriedEdge), maxTrail = Math.Min(trail, MaxTriedEdge);
            for (int stripped = 0; stripped <= maxLead + maxTrail; stripped++)
            {
                for (int l = Math.Min(stripped, maxLead); l >= 0 && stripped - l <= maxTrail; l--)
                {
                    var candidate = text[(start + l)..(end - (stripped - l))];
                    if (WordShape.IsWellFormed(buffer[..DecodeWord(candidate, buffer)])) return (start + l, end - (stripped - l));
                }
            }
        }
        int wordStart = start + lead, wordEnd = wordStart;
        while (wordEnd < end && !Punctuation.Contains(text[wordEnd])) wordEnd++;
        return (wordStart, wordEnd);
    }

    private static bool IsRunChar(char c) => char.IsAsciiLetter(c) || IsTcvnChar(c) || char.IsLetter(c);

    private static bool IsTcvnChar(char c)
    {
        int b = Cp1252.ToByte(c);
        return b >= 0x80 ? b != 0xA0 : b >= 0 && Tcvn3Table.Letter(b) != '\0';
    }

    private static char[] BuildTriggers()
    {
        var chars = new List<char>();
        for (char c = '\0'; c <= '\u00FF'; c++)
            if (!char.IsAsciiLetter(c) && IsTcvnChar(c)) chars.Add(c);
        chars.AddRange(Cp1252.Specials);
        return [.. chars];
    }
}
