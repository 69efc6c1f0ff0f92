using Bantin.Text.Syllables;

namespace Bantin.Text.Normalization;

/// <summary>
/// What a sample of text says about its encoding: the votes of each legacy scheme, and the words that already read
/// as Vietnamese in Unicode. <see cref="Verdict"/> names a legacy scheme only on strong, one-sided evidence.
/// </summary>
internal struct EncodingEvidence
{
    /// <summary>TCVN3 and VNI need this many multi-letter words decoded into syllables (with no bad word below 4).</summary>
    private const int MinByteWords = 2;

    /// <summary>VIQR needs more: its marks are ASCII punctuation, which English also puts after vowels.</summary>
    private const int MinViqrWords = 3;

    /// <summary>At most one changed word in (1 + this) may decode into a non-syllable (typos, names, foreign words).</summary>
    private const int GoodPerBad = 4;

    /// <summary>
    /// Words with Vietnamese letters beyond Latin-1 (ệ, ư, đ) cannot come out of a cp1252 reading of legacy bytes,
    /// so they prove Unicode. One such word per this many good legacy words is tolerated (a signature, a pasted name).
    /// </summary>
    private const int GoodPerUnicodeWord = 10;

    /// <summary>VIQR: share (in tenths) of the sample's words that must read as Vietnamese.</summary>
    private const int MinVietnameseTenths = 6;

    public SchemeTally Tcvn3, Vni, Viqr;

    /// <summary>Syllables using Vietnamese letters beyond Latin-1 (Việt, được).</summary>
    public int UnicodeStrong;

    /// <summary>Syllables using Latin-1 accented letters only (có, là): Unicode, or TCVN3/VNI bytes that happen to look so.</summary>
    public int UnicodeWeak;

    /// <summary>Plain ASCII words that are, or are not, Vietnamese syllables (Nam, anh / the, with).</summary>
    public int AsciiVietnamese, AsciiOther;

    /// <summary>Counts the whitespace-separated words of <paramref name="sample"/> that are plain letters.</summary>
    public void CountPlainWords(ReadOnlySpan<char> sample)
    {
        foreach (var range in sample.SplitAny(" \t\r\n\u00A0"))
        {
            var word = TrimToLetters(sample[range]);
            if (word.IsEmpty || word.Length > SyllableParser.MaxLength) continue;
            bool ascii = true, beyondLatin1 = false, letters = true;
            foreach (char c in word)
            {
                letters &= char.IsLetter(c);
                ascii &= char.IsAscii(c);
                beyondLatin1 |= c > '\u00FF' && VietLetters.IsLetter(c);
            }
            if (!letters) continue;
            bool wellFormed = WordShape.IsWellFormed(word);
            if (ascii)
            {
                if (WordShape.StartsWithDoubleD(word)) continue; // VIQR's đ: counted by the VIQR tally
                if (wellFormed) AsciiVietnamese++;
                else AsciiOther++;
            }
            else if (wellFormed)
            {
                if (beyondLatin1) UnicodeStrong++;
                else UnicodeWeak++;
            }
        }
    }

    public readonly SourceEncoding Verdict()
    {
        bool tcvn3 = AcceptsBytes(Tcvn3), vni = AcceptsBytes(Vni);
        if (tcvn3 && Tcvn3.StrongGood > 2 * Vni.StrongGood) return SourceEncoding.Tcvn3;
        if (vni && Vni.StrongGood > 2 * Tcvn3.StrongGood) return SourceEncoding.Vni;
        return AcceptsViqr() ? SourceEncoding.Viqr : SourceEncoding.Unicode;
    }

    public override readonly string ToString() =>
        $"TCVN3 {Tcvn3}; VNI {Vni}; VIQR {Viqr}; Unicode {UnicodeStrong}+{UnicodeWeak}; ASCII {AsciiVietnamese}/{AsciiOther}";

    private readonly bool AcceptsBytes(SchemeTally t) =>
        t.StrongGood >= MinByteWords
        && t.StrongBad * GoodPerBad <= t.StrongGood
        && UnicodeStrong * GoodPerUnicodeWord <= t.StrongGood
        && UnicodeWeak <= t.StrongGood;

    private readonly bool AcceptsViqr()
    {
        var t = Viqr;
        int vietnamese = t.Good + AsciiVietnamese, words = t.Total + AsciiVietnamese + AsciiOther;
        return t.StrongGood >= MinViqrWords
            && t.StrongBad * GoodPerBad <= t.StrongGood
            && (t.StrongBad + t.WeakBad) * GoodPerBad <= t.Good
            && vietnamese * 10 >= words * MinVietnameseTenths
            && UnicodeStrong * GoodPerUnicodeWord <= t.StrongGood
            && UnicodeWeak <= t.StrongGood;
    }

    private static ReadOnlySpan<char> TrimToLetters(ReadOnlySpan<char> word)
    {
        int start = 0, end = word.Length;
        while (start < end && !char.IsLetter(word[start])) start++;
        while (end > start && !char.IsLetter(word[end - 1])) end--;
        return word[start..end];
    }
}
