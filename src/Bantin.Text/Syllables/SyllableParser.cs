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

    private static readonly string[] Onsets =
        ["ngh", "ng", "gh", "gi", "kh", "nh", "ph", "th", "tr", "ch", "qu",
         "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x"];

    private const string Alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxy";

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
            int i = Alphabet.IndexOf(c);
            if (i < 0) return -1;
            key = (key << 5) | (i + 1);
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
        var coda = rhyme[vowelLength..];
        bool stop = coda is "c" or "ch" or "p" or "t";
        if (stop && tone is not (Tone.Acute or Tone.Dot) && tone != Tone.Level) return false;
        if (stop && tone == Tone.Level) return false;
        if (!coda.IsEmpty && !IsConsonantCoda(coda)) return false;

        var (oldPos, newPos) = TonePositions(rhyme[..vowelLength], coda.Length > 0);
        syllable = new Syllable(onset, onset, vowelLength, tone, toneIndex, onset + oldPos, onset + newPos);
        return true;
    }

    private static bool IsConsonantCoda(ReadOnlySpan<char> coda) =>
        coda is "c" or "ch" or "m" or "n" or "ng" or "nh" or "p" or "t";

    private static int OnsetLength(ReadOnlySpan<char> bases)
    {
        foreach (var o in Onsets)
        {
            if (!bases.StartsWith(o)) continue;
            if (o == "gi" && (bases.Length == 2 || !VietLetters.IsVowel(bases[2]))) return 1; // gì, gìn: g + i
            if (o == "qu" && (bases.Length == 2 || !VietLetters.IsVowel(bases[2]))) return -1; // "qu" needs a vowel after it
            return o.Length;
        }
        return VietLetters.IsVowel(bases[0]) ? 0 : -1;
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
