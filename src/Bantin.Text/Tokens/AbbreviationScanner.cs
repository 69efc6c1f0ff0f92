namespace Bantin.Text.Tokens;

/// <summary>
/// Decides whether a word followed by a period continues as one abbreviation: a listed one (<c>v.v.</c>, <c>Th.S</c>,
/// <c>ThS.</c>); a listed prefix or a single capital followed by acronym segments (<c>TP.HCM</c>, <c>GS.TS</c>,
/// <c>U.S.A</c>); a single capital and a number (<c>Q.1</c>); a place prefix, one space and an acronym
/// (<c>TP. HCM</c>). Anything else leaves the period to the sentence, which matters for text whose paragraph breaks
/// were lost: <c>giao.Hai</c>, <c>APEC.Chủ</c>, <c>USD.FPT</c>, <c>HCM.UBND</c>, <c>TP.Ở</c> all split.
/// </summary>
internal static class AbbreviationScanner
{
    private const int MaxSegments = 6;       // GS.TS.BS.CKII is already long; bounds the look-ahead on "a.a.a.a…"
    private const int MaxSegmentLength = 12; // longer than any acronym; bounds the look-ahead on "A.aaaa…"

    /// <summary>
    /// End of the abbreviation that starts with the word [<paramref name="start"/>, <paramref name="wordEnd"/>); -1 if none.
    /// </summary>
    public static int TryScan(ReadOnlySpan<char> text, int start, int wordEnd)
    {
        int end = ChainEnd(text, start, wordEnd);
        if (end < 0) return -1;
        end = WithPeriod(text, start, end, out bool place);
        if (!place || !CharTable.IsInnerSpaceAt(text, end)) return end;
        // TP. HCM: a place prefix with its period, one space, then an acronym.
        int next = end + 1, nextEnd = SegmentEnd(text, next);
        if (nextEnd - next < 2 || !IsAcronym(text[next..nextEnd])) return end;
        return WithPeriod(text, next, Math.Max(nextEnd, ChainEnd(text, next, nextEnd)), out _);
    }

    /// <summary>End of the longest listed abbreviation or acronym chain of two segments or more; -1 when neither.</summary>
    private static int ChainEnd(ReadOnlySpan<char> text, int start, int wordEnd)
    {
        var first = text[start..wordEnd];
        var traits = Abbreviations.Get(first);
        int listed = traits != Abbreviations.Traits.None ? wordEnd : -1;
        bool initials = first.Length == 1 && CharTable.Is(first[0], CharFlags.Upper);
        bool chaining = initials || (traits & Abbreviations.Traits.Prefix) != 0;
        int chain = -1, end = wordEnd;
        for (int segments = 1; segments < MaxSegments && text.Length > end + 1 && text[end] == '.'; segments++)
        {
            int next = end + 1, nextEnd = SegmentEnd(text, next);
            if (nextEnd < 0) break;
            bool isListed = nextEnd - start <= Abbreviations.MaxLength
                            && Abbreviations.Get(text[start..nextEnd]) != Abbreviations.Traits.None;
            if (isListed) listed = nextEnd;
            if (chaining)
            {
                var segment = text[next..nextEnd];
                bool number = initials && CharTable.AllInRange(segment, '0', '9'); // Q.1, P.5; not tr.15
                // A one-letter syllable (Ở, Ý, Á) only continues initials (U.S.A, T.Ư): after TP it opens a new sentence.
                bool acronym = IsAcronym(segment) && (initials || segment.Length > 1 || !SyllableCache.IsValid(segment));
                initials &= segment.Length == 1;
                if (number || acronym) chain = nextEnd;
                chaining = !number && acronym; // a number ends the chain: Q.1
            }
            if (!chaining && nextEnd - start > Abbreviations.MaxLength) break;
            end = nextEnd;
        }
        return Math.Max(listed, chain);
    }

    /// <summary>
    /// Takes the period after <paramref name="end"/> when the abbreviation or its last segment is written with one, and
    /// reports whether it is then a place prefix that may join an acronym after a space.
    /// </summary>
    private static int WithPeriod(ReadOnlySpan<char> text, int start, int end, out bool place)
    {
        place = false;
        if (end >= text.Length || text[end] != '.' || (end + 1 < text.Length && text[end + 1] == '.')) return end; // v.v...
        var abbreviation = text[start..end];
        var traits = Abbreviations.Get(abbreviation) | Abbreviations.Get(abbreviation[(abbreviation.LastIndexOf('.') + 1)..]);
        if ((traits & Abbreviations.Traits.TakesPeriod) == 0) return end;
        place = (traits & Abbreviations.Traits.Place) != 0;
        return end + 1;
    }

    /// <summary>End of the word run at <paramref name="i"/>; -1 when empty or too long for an abbreviation.</summary>
    private static int SegmentEnd(ReadOnlySpan<char> text, int i)
    {
        int start = i;
        while (i < text.Length && i - start <= MaxSegmentLength && CharTable.Is(text[i], CharFlags.Word)) i++;
        return i == start || i - start > MaxSegmentLength ? -1 : i;
    }

    /// <summary>
    /// An acronym segment: listed (ThS, BS), or capitals without lower-case letters that are not a Vietnamese syllable of
    /// two letters or more (so an all-caps headline glued as TP.HAI NƯỚC is not joined).
    /// </summary>
    private static bool IsAcronym(ReadOnlySpan<char> segment)
    {
        if (Abbreviations.Get(segment) != Abbreviations.Traits.None) return true;
        bool upper = false;
        foreach (char c in segment)
        {
            var flags = CharTable.Of(c);
            if ((flags & CharFlags.Lower) != 0 || (flags & CharFlags.Word) == 0) return false;
            upper |= (flags & CharFlags.Upper) != 0;
        }
        return upper && (segment.Length == 1 || !SyllableCache.IsValid(segment));
    }
}
