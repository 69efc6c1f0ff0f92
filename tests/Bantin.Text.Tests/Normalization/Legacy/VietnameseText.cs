using Bantin.Text.Normalization;
using Bantin.Text.Syllables;
using FsCheck;
using FsCheck.Fluent;

namespace Bantin.Text.Tests.Normalization.Legacy;

/// <summary>Random Vietnamese text for property tests: real syllables in lower, Title or UPPER case, with punctuation.</summary>
internal static class VietnameseText
{
    private static readonly string[] Onsets =
        ["", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p", "ph",
         "qu", "r", "s", "t", "th", "tr", "v", "x"];

    private static readonly string[] Nuclei =
        ["a", "ă", "â", "e", "ê", "i", "y", "o", "ô", "ơ", "u", "ư", "ia", "ua", "ưa", "oa", "oe", "uê", "uy", "uơ",
         "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "iu", "oi", "ôi", "ơi", "ui", "ưi", "ưu", "iê", "yê", "uô",
         "ươ", "oă", "uâ", "uyê", "iêu", "yêu", "uôi", "ươi", "ươu", "oai", "oay", "oao", "oeo", "uây", "uyu", "oo"];

    private static readonly string[] Codas = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"];

    private static readonly string[] Separators =
        [" ", " ", " ", " ", " ", " ", ", ", ". ", "? ", "! ", "; ", ": ", " (", ") ", " - ", " 12 ", "\n", " \"", "\" "];

    /// <summary>Every well-formed lower-case syllable the parts above make, in every tone (several thousand).</summary>
    public static IReadOnlyList<string> Syllables => SyllableArray;

    private static readonly string[] SyllableArray = BuildSyllables();

    /// <summary>Vietnamese letters of every tone and case, plus the consonants.</summary>
    public static string Letters { get; } = BuildLetters();

    /// <summary>Text of real syllables; <paramref name="accept"/> filters words (after casing).</summary>
    public static Gen<string> Sentences(int maxWords, Func<string, bool>? accept = null)
    {
        var word = Gen.Elements(SyllableArray).SelectMany(s => Gen.Frequency(
            (7, Gen.Constant(s)),
            (2, Gen.Constant(char.ToUpperInvariant(s[0]) + s[1..])),
            (1, Gen.Constant(s.ToUpperInvariant()))));
        if (accept is not null) word = word.Where(accept);
        var piece = word.Zip(Gen.Elements(Separators), (w, sep) => w + sep);
        return Gen.Choose(1, maxWords).SelectMany(n => piece.ListOf(n)).Select(p => string.Concat(p).TrimEnd());
    }

    /// <summary>Random letters, digits, spaces and everyday punctuation: Unicode text that need not be words.</summary>
    public static Gen<string> LetterSoup() =>
        Gen.Frequency(
                (12, Gen.Elements(Letters.ToCharArray())),
                (3, Gen.Constant(' ')),
                (2, Gen.Elements(".,;:!?'\"()-–“”…0123456789".ToCharArray())))
            .ArrayOf().Select(chars => new string(chars));

    private static string[] BuildSyllables()
    {
        // Put each tone on each vowel and keep what reads as a syllable: both hòa and hoà, but not hoaø-like shapes.
        var result = new HashSet<string>();
        foreach (var onset in Onsets)
        foreach (var nucleus in Nuclei)
        foreach (var coda in Codas)
        {
            var word = (onset + nucleus + coda).ToCharArray();
            if (word.Length > SyllableParser.MaxLength) continue;
            for (int t = 0; t < 6; t++)
            {
                for (int i = 0; i < word.Length; i++)
                {
                    if (!VietLetters.IsVowel(word[i])) continue;
                    var toned = (char[])word.Clone();
                    toned[i] = VietLetters.WithTone(toned[i], (Tone)t);
                    if (WordShape.IsWellFormed(toned)) result.Add(new string(toned));
                }
            }
        }
        return [.. result.Order(StringComparer.Ordinal)];
    }

    private static string BuildLetters()
    {
        var vowels = string.Concat("aăâeêioôơuưy".SelectMany(v => Enumerable.Range(0, 6).Select(t => VietLetters.WithTone(v, (Tone)t))));
        return "bcdđghklmnpqrstvx" + vowels + "BCDĐGHKLMNPQRSTVX" + vowels.ToUpperInvariant();
    }
}
