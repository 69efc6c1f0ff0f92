namespace Bantin.Text.Syllables;

/// <summary>
/// Parses a written Vietnamese syllable into onset, rhyme and tone, and checks it against the orthography:
/// a known onset, a known rhyme, one tone mark at most, stop codas (c, ch, p, t) only with sắc or nặng,
/// gh/ngh only before i/e/ê, and iê written yê when there is no onset. Allocation-free.
/// </summary>
public static class SyllableParser
{
    /// <summary>Longest written syllable accepted ("nghiêng" has 7 letters).</summary>
    public const int MaxLength = 8;

    private const string Alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxy";

    // Letter → 1-based index in Alphabet (0 = not in it); the rhyme key packs 5 bits a letter.
    private static readonly byte[] LetterIndex = BuildLetterIndex();

    private static byte[] BuildLetterIndex()
    {
        var index = new byte[0x200];
        for (int i = 0; i < Alphabet.Length; i++) index[Alphabet[i]] = (byte)(i + 1);
        return index;
    }

    private static readonly HashSet<int> Rhymes = BuildRhymes();

    private static HashSet<int> BuildRhymes()
    {
        var set = new HashSet<int>();
        const string open = "a e ê i y o ô ơ u ư ia ua ưa oa oe uê uy uơ ai ao au ay âu ây eo êu iu oi ôi ơi ui ưi ưu " +
                            "iêu yêu uôi ươi ươu oai oay oao oeo uây uyu uya";
        foreach (var r in open.Split(' ')) set.Add(Key(r));
        // nucleus:codas (consonant codas only; semivowel codas are listed above)
        const string closed = "a:c ch m n ng nh p t|ă:c m n ng p t|â:c m n ng p t|e:c ch m n ng p t|ê:ch m n nh p t|" +
                              "i:ch m n nh p t|o:c m n ng p t|ô:c m n ng p t|ơ:m n p t|u:c m n ng p t|ư:c m n ng t|" +
                              "iê:c m n ng p t|yê:m n t|uô:c m n ng t|ươ:c m n ng p t|oa:c ch m n ng nh p t|" +
                              "oă:c m n ng t|oe:n t|uâ:n ng t|uê:ch nh|uy:ch n nh p t|uyê:n t|oo:c ng";
        foreach (var group in closed.Split('|'))
        {
            var parts = group.Split(':');
            foreach (var coda in parts[1].Split(' ')) set.Add(Key(parts[0] + coda));
        }
        return set;
    }

    private static int Key(ReadOnlySpan<char> lowerBases)
    {
        if (lowerBases.Length > 6) return -1;
        int key = 0;
        foreach (char c in lowerBases)
        {
            int i = c < LetterIndex.Length ? LetterIndex[c] : 0;
            if (i == 0) return -1;
            key = (key << 5) | i;
        }
        return key;
    }

    /// <summary>True when <paramref name="word"/> is one well-formed Vietnamese syllable (any case, any tone).</summary>
    public static bool IsValid(ReadOnlySpan<char> word) => TryParse(word, out _);

    /// <summary>Parses <paramref name="word"/>; false when it is not a well-formed Vietnamese syllable.</summary>
    public static bool TryParse(ReadOnlySpan<char> word, out Syllable syllable)
    {
        syllable = default;
        if (word.IsEmpty || word.Length > MaxLength) return false;

        Span<char> b = stackalloc char[MaxLength];
        Tone tone = Tone.Level;
        int toneIndex = -1;
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            char bc = VietLetters.Base(c);
            if (bc == '\0' || bc is 'f' or 'j' or 'w' or 'z') return false;
            b[i] = bc;
            var t = VietLetters.ToneOf(c);
            if (t != Tone.Level)
            {
                if (toneIndex >= 0) return false; // two tone marks
                tone = t;
                toneIndex = i;
            }
        }
        var bases = b[..word.Length];

        int onset = OnsetLength(bases);
        if (onset < 0) return false;
        var rhyme = bases[onset..];
        if (rhyme.IsEmpty || !VietLetters.IsVowel(rhyme[0])) return false;

        // The onset's vowel letter also belongs to the rhyme in gi + ê… (giếng, giết: rhyme iê…) and in
        // qu + y + coda (quỳnh, quýt: rhyme uy…); check those rhymes with the letter restored.
        char restored = onset == 2 && bases[0] == 'g' && bases[1] == 'i' && rhyme[0] == 'ê' ? 'i'
            : onset == 2 && bases[0] == 'q' && rhyme.Length > 1 && rhyme[0] == 'y' && !VietLetters.IsVowel(rhyme[1]) ? 'u'
            : '\0';
        int rhymeKey;
        if (restored != '\0')
        {
            Span<char> whole = stackalloc char[rhyme.Length + 1];
            whole[0] = restored;
            rhyme.CopyTo(whole[1..]);
            rhymeKey = Key(whole);
        }
        else rhymeKey = Key(rhyme);
        if (!Rhymes.Contains(rhymeKey)) return false;

        bool noOnset = onset == 0;
        if (rhyme.StartsWith("iê") && noOnset) return false;           // yên, not iên
        if (rhyme.StartsWith("yê") && !(noOnset || bases[..onset] is "qu")) return false;
        if (onset >= 2 && bases[onset - 1] == 'h' && bases[onset - 2] == 'g' && rhyme[0] is not ('i' or 'e' or 'ê'))
            return false;                                                    // gh/ngh only before i, e, ê

        int vowelLength = 0;
        while (vowelLength < rhyme.Length && VietLetters.IsVowel(rhyme[vowelLength])) vowelLength++;
        // The rhyme table already holds only valid codas; a stop coda (c, ch, p, t) takes sắc or nặng.
        var coda = rhyme[vowelLength..];
        bool stop = !coda.IsEmpty && (coda[^1] is 'c' or 'p' or 't' || coda is "ch");
        if (stop && tone is not (Tone.Acute or Tone.Dot)) return false;

        var (oldPos, newPos) = TonePositions(rhyme[..vowelLength], coda.Length > 0);
        syllable = new Syllable(onset, onset, vowelLength, tone, toneIndex, onset + oldPos, onset + newPos);
        return true;
    }

    /// <summary>Length of the written onset (b, ch, ngh, qu, gi…), 0 for none, -1 when the word cannot start so.</summary>
    private static int OnsetLength(ReadOnlySpan<char> b)
    {
        char second = b.Length > 1 ? b[1] : '\0';
        switch (b[0])
        {
            case 'n':
                if (second == 'g') return b.Length > 2 && b[2] == 'h' ? 3 : 2;
                return second == 'h' ? 2 : 1;
            case 'g':
                if (second == 'h') return 2;
                if (second == 'i') return b.Length > 2 && VietLetters.IsVowel(b[2]) ? 2 : 1; // giá: gi + a; gì, gìn: g + i
                return 1;
            case 'k' or 'p' or 't' when second == 'h': return 2;
            case 'c' when second == 'h': return 2;
            case 't' when second == 'r': return 2;
            case 'q': return second == 'u' && b.Length > 2 && VietLetters.IsVowel(b[2]) ? 2 : -1; // "qu" needs a vowel after it
            case 'b' or 'c' or 'd' or 'đ' or 'h' or 'k' or 'l' or 'm' or 'p' or 'r' or 's' or 't' or 'v' or 'x': return 1;
            default: return VietLetters.IsVowel(b[0]) ? 0 : -1;
        }
    }

    /// <summary>Where the tone goes in the vowel cluster under the old and the new convention.</summary>
    private static (int Old, int New) TonePositions(ReadOnlySpan<char> vowels, bool consonantCoda)
    {
        // A vowel with a diacritic of its own (ă â ê ô ơ ư) takes the tone; in ươ it is the ơ.
        int marked = vowels.LastIndexOfAny("ăâêôơư");
        if (marked >= 0) return (marked, marked);
        if (vowels.Length == 1) return (0, 0);
        if (consonantCoda) return (vowels.Length - 1, vowels.Length - 1); // hoàn, toán, huỳnh
        if (vowels.Length >= 3) return (1, 1);                           // ngoài, khuỷu
        if (vowels is "oa" or "oe" or "uy") return (0, 1);               // hòa / hoà, thủy / thuỷ
        return (0, 0);                                                   // mái, múa, túi
    }
}
