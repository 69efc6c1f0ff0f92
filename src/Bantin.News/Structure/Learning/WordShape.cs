namespace Bantin.News.Structure.Learning;

/// <summary>Compact descriptions of the characters and words around a boundary candidate, for its features.</summary>
internal static class WordShape
{
    /// <summary>A character class: punctuation as itself, letters by case and script, digits, spaces.</summary>
    public static int Class(char c) =>
        char.IsDigit(c) ? 'd'
        : char.IsLetter(c) ? (char.IsUpper(c) ? (c < 128 ? 'X' : 'V') : c < 128 ? 'x' : 'v')
        : BoundaryCandidates.IsNoBreakSpace(c) ? '_'
        : char.IsWhiteSpace(c) ? ' '
        : c < 128 || "“”‘’…–—«»•".Contains(c) ? c : '?';

    // Lexical features keep case apart: "Ngày" starts a field, "ngày" does not.
    public static int Case(ReadOnlySpan<char> word)
    {
        int k = 0;
        while (k < word.Length && !char.IsLetter(word[k])) k++;
        if (k == word.Length) return 0;
        if (!char.IsUpper(word[k])) return 1;
        return k + 1 < word.Length && char.IsUpper(word[k + 1]) ? 3 : 2;
    }

    // Upper, lower, digit, other: runs collapsed, at most 6 symbols, packed in 12 bits. "Minsk" → Xx, "TP.HCM" → X.X.
    public static int Shape(ReadOnlySpan<char> token)
    {
        int shape = 0, last = -1, count = 0;
        foreach (char c in token)
        {
            int k = char.IsUpper(c) ? 1 : char.IsLower(c) ? 2 : char.IsDigit(c) ? 3 : 0;
            if (k == last) continue;
            last = k;
            shape = shape << 2 | k;
            if (++count == 6) break;
        }
        return shape | count << 12;
    }

    // The last capitalised piece of a word ("TikTok" → "Tok", "UBND" → "UBND", "giao" → "giao").
    public static ReadOnlySpan<char> LastPiece(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty) return word;
        int k = word.Length - 1;
        if (char.IsUpper(word[k]))
        {
            while (k > 0 && char.IsUpper(word[k - 1])) k--;
            return word[k..];
        }
        while (k > 0 && char.IsLower(word[k - 1])) k--;
        if (k > 0 && char.IsUpper(word[k - 1])) k--;
        return word[k..];
    }

    // The first capitalised piece ("TokNgười" → "Tok", "UBND" → "UBND", "2020Năm" → "2020").
    public static ReadOnlySpan<char> FirstPiece(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty) return word;
        int k = 1;
        if (char.IsDigit(word[0])) while (k < word.Length && char.IsDigit(word[k])) k++;
        else if (char.IsUpper(word[0]) && k < word.Length && char.IsUpper(word[k])) while (k < word.Length && char.IsUpper(word[k])) k++;
        else while (k < word.Length && char.IsLower(word[k])) k++;
        return word[..k];
    }

    // 0, 1, 2-3, 4-7, … 512+: a length on a log scale.
    public static int Bucket(int n) => n <= 0 ? 0 : Math.Min(11, 32 - System.Numerics.BitOperations.LeadingZeroCount((uint)n));
}
