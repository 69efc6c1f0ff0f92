namespace Bantin.Text.Syllables;

/// <summary>
/// Letter tables: every Vietnamese letter (with its tone mark, either case) split into a base letter and a tone,
/// and back. Lookups are array-indexed, allocation-free.
/// </summary>
public static class VietLetters
{
    // Each row: the base vowel followed by its five toned forms in Tone order.
    private static readonly string[] VowelRows =
    [
        "aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị",
        "oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ",
    ];

    private const int TableSize = 0x1F00; // covers Latin-1, Latin Extended-A/B and Latin Extended Additional
    // Packed: low 16 bits = lower-case base letter (0 = not a Vietnamese letter), bits 16..18 = tone, bit 19 = upper case.
    private static readonly int[] Info = BuildInfo();
    // Row of a base vowel in VowelRows + 1 (0 = not a vowel), indexed by the lower-case base letter.
    private static readonly byte[] RowOfBase = new byte[TableSize];
    // [row * 6 + tone] → lower-case toned letter.
    private static readonly char[] Toned = BuildToned();

    private static int[] BuildInfo()
    {
        var info = new int[TableSize];
        for (char c = 'a'; c <= 'z'; c++)
        {
            info[c] = c;
            info[char.ToUpperInvariant(c)] = c | (1 << 19);
        }
        info['đ'] = 'đ';
        info['Đ'] = 'đ' | (1 << 19);
        foreach (var row in VowelRows)
        {
            for (int t = 0; t < row.Length; t++)
            {
                char lower = row[t], upper = char.ToUpperInvariant(lower);
                info[lower] = row[0] | (t << 16);
                info[upper] = row[0] | (t << 16) | (1 << 19);
            }
        }
        return info;
    }

    private static char[] BuildToned()
    {
        var toned = new char[VowelRows.Length * 6];
        for (int r = 0; r < VowelRows.Length; r++)
        {
            RowOfBase[VowelRows[r][0]] = (byte)(r + 1);
            for (int t = 0; t < 6; t++) toned[r * 6 + t] = VowelRows[r][t];
        }
        return toned;
    }

    /// <summary>Properties of a letter, for loops that need several at once (one table lookup).</summary>
    [Flags]
    public enum LetterFlags : byte
    {
        None = 0,
        Letter = 1,
        Vowel = 2,
        /// <summary>ă â ê ô ơ ư, in any tone.</summary>
        OwnDiacritic = 4,
        /// <summary>Carries a tone mark.</summary>
        Toned = 8,
        Upper = 16,
    }

    private static readonly LetterFlags[] FlagTable = BuildFlags();

    private static LetterFlags[] BuildFlags()
    {
        var flags = new LetterFlags[TableSize];
        for (int i = 0; i < TableSize; i++)
        {
            char c = (char)i;
            if (!IsLetter(c)) continue;
            var f = LetterFlags.Letter;
            if (IsVowel(c)) f |= LetterFlags.Vowel;
            if (HasOwnDiacritic(c)) f |= LetterFlags.OwnDiacritic;
            if (ToneOf(c) != Tone.Level) f |= LetterFlags.Toned;
            if (IsUpper(c)) f |= LetterFlags.Upper;
            flags[i] = f;
        }
        return flags;
    }

    /// <summary>All properties of <paramref name="c"/> at once; <see cref="LetterFlags.None"/> when it is not a letter.</summary>
    public static LetterFlags Flags(char c) => c < TableSize ? FlagTable[c] : LetterFlags.None;

    /// <summary>True for a letter of the Vietnamese alphabet or a–z, with or without tone mark.</summary>
    public static bool IsLetter(char c) => c < TableSize && Info[c] != 0;

    /// <summary>The lower-case letter without tone mark (ấ → â, Đ → đ), or '\0' when <paramref name="c"/> is not a letter.</summary>
    public static char Base(char c) => c < TableSize ? (char)(Info[c] & 0xFFFF) : '\0';

    /// <summary>The tone mark carried by <paramref name="c"/>.</summary>
    public static Tone ToneOf(char c) => c < TableSize ? (Tone)((Info[c] >> 16) & 7) : Tone.Level;

    /// <summary>True for an upper-case letter.</summary>
    public static bool IsUpper(char c) => c < TableSize && (Info[c] & (1 << 19)) != 0;

    /// <summary>True for a vowel letter (a ă â e ê i o ô ơ u ư y) in any tone or case.</summary>
    public static bool IsVowel(char c) => RowOfBase[Base(c)] != 0;

    /// <summary>True for ă â ê ô ơ ư in any tone or case: the vowels that take the tone mark before others.</summary>
    public static bool HasOwnDiacritic(char c) => Base(c) is 'ă' or 'â' or 'ê' or 'ô' or 'ơ' or 'ư';

    /// <summary>
    /// The letter <paramref name="c"/> with its tone replaced by <paramref name="tone"/>, case kept;
    /// <paramref name="c"/> itself when it is not a vowel.
    /// </summary>
    public static char WithTone(char c, Tone tone)
    {
        int row = RowOfBase[Base(c)] - 1;
        if (row < 0) return c;
        char lower = Toned[row * 6 + (int)tone];
        return IsUpper(c) ? char.ToUpperInvariant(lower) : lower;
    }
}
