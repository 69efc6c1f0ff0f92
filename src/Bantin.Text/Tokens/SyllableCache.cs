using Bantin.Text.Syllables;

namespace Bantin.Text.Tokens;

/// <summary>
/// <see cref="SyllableParser.IsValid"/> memoized: the parser costs ~250 ns a word, far too much for a tokenizer that must
/// run at 150 MB/s, while news text reuses a few thousand syllables. Validity depends only on the toneless letters and the
/// tone, so those are packed into one 64-bit key (6 bits a letter, 3 for the tone) and the answer is kept in a lock-free
/// direct-mapped table. Each slot is one atomically read/written ulong, so racing threads at worst recompute an answer.
/// </summary>
internal static class SyllableCache
{
    private const int SlotBits = 14; // 16K slots (128 KB): holds the common syllables of news text with few collisions
    private static readonly ulong[] Slots = new ulong[1 << SlotBits];

    // Letter code (1..33, 0 = not a Vietnamese letter) | tone << 6, for every char below LetterRange.
    private const int LetterRange = 0x1F00;
    private static readonly ushort[] Codes = BuildCodes();

    private const ulong Occupied = 1, Valid = 2;

    public static bool IsValid(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > SyllableParser.MaxLength) return false;
        ulong key = 0;
        int tone = 0;
        foreach (char c in word)
        {
            if (c >= LetterRange) return false;
            int code = Codes[c];
            if (code == 0) return false;
            if (code >> 6 != 0)
            {
                if (tone != 0) return false; // two tone marks
                tone = code >> 6;
            }
            key = (key << 6) | (uint)(code & 63);
        }
        key = (key << 3) | (uint)tone;

        int slot = (int)((key * 0x9E3779B97F4A7C15UL) >> (64 - SlotBits));
        ulong entry = Volatile.Read(ref Slots[slot]);
        if (entry >> 2 == key && (entry & Occupied) != 0) return (entry & Valid) != 0;

        bool valid = SyllableParser.IsValid(word);
        Volatile.Write(ref Slots[slot], (key << 2) | Occupied | (valid ? Valid : 0));
        return valid;
    }

    private static ushort[] BuildCodes()
    {
        const string alphabet = "abcdefghijklmnopqrstuvwxyzăâđêôơư";
        var codes = new ushort[LetterRange];
        for (char c = '\0'; c < LetterRange; c++)
        {
            char bc = VietLetters.Base(c);
            int index = bc == '\0' ? -1 : alphabet.IndexOf(bc);
            if (index >= 0)
                codes[c] = (ushort)((index + 1) | ((int)VietLetters.ToneOf(c) << 6));
        }
        return codes;
    }
}
