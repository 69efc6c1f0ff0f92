namespace Bantin.Text.Tokens;

/// <summary>What the tokenizer needs to know about one UTF-16 code unit; see <see cref="CharTable"/>.</summary>
[Flags]
internal enum CharFlags : ushort
{
    None = 0,
    /// <summary><see cref="char.IsWhiteSpace(char)"/>: the only characters allowed between tokens.</summary>
    Space = 1 << 0,
    /// <summary>A letter of any script (also non-ASCII digits and letter numbers, which only make sense inside words).</summary>
    Letter = 1 << 1,
    Upper = 1 << 2,
    Lower = 1 << 3,
    /// <summary>ASCII 0–9 only: the number grammar is ASCII.</summary>
    Digit = 1 << 4,
    /// <summary>A combining mark: continues the word before it.</summary>
    Mark = 1 << 5,
    /// <summary>A letter <see cref="Syllables.VietLetters"/> knows (a–z and the Vietnamese letters, any tone and case).</summary>
    VietLetter = 1 << 6,
    Punctuation = 1 << 7,
    Symbol = 1 << 8,
    /// <summary>A BMP character drawn as an emoji (misc symbols, dingbats, stars).</summary>
    Emoji = 1 << 9,
    /// <summary>ZWJ, ZWNJ, soft hyphen: part of a word when a letter follows.</summary>
    Joiner = 1 << 10,
    HighSurrogate = 1 << 11,
    LowSurrogate = 1 << 12,
    /// <summary>Characters a word run is made of.</summary>
    Word = Letter | Digit | Mark,
}
