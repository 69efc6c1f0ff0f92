using Bantin.Text.Normalization;
using Bantin.Text.Syllables;

namespace Bantin.Text.Tests.Normalization.Legacy;

/// <summary>Every Vietnamese letter (134 toned vowels in both cases, đ, Đ, and ă â ê ô ơ ư) decodes exactly.</summary>
public class LegacyAlphabetTests
{
    public static TheoryData<char> AllLetters()
    {
        var data = new TheoryData<char>();
        foreach (char v in "aăâeêioôơuưy")
        {
            for (int t = 0; t < 6; t++)
            {
                char lower = VietLetters.WithTone(v, (Tone)t);
                data.Add(lower);
                data.Add(char.ToUpperInvariant(lower));
            }
        }
        data.Add('đ');
        data.Add('Đ');
        return data;
    }

    [Fact]
    public void The_alphabet_has_148_letters() => Assert.Equal(12 * 6 * 2 + 2, AllLetters().Count);

    [Theory]
    [MemberData(nameof(AllLetters))]
    public void Tcvn3_byte_decodes_as_latin1(char letter)
    {
        // A word of its own, between ASCII letters, so every byte is unambiguously a letter.
        string text = $"x{letter}x";
        Assert.Equal(text, LegacyDecoder.Decode(ByteArrival.AsLatin1(Tcvn3TestEncoder.Encode(text)), SourceEncoding.Tcvn3));
    }

    [Theory]
    [MemberData(nameof(AllLetters))]
    public void Tcvn3_byte_decodes_as_cp1252_in_a_syllable(char letter)
    {
        // Bytes cp1252 shows as quotes and dashes are letters where they complete a syllable: test in one (mẹ → MẸ…).
        string word = SyllableWith(letter);
        Assert.Equal(word, LegacyDecoder.Decode(ByteArrival.AsCp1252(Tcvn3TestEncoder.Encode(word)), SourceEncoding.Tcvn3));
    }

    [Theory]
    [MemberData(nameof(AllLetters))]
    public void Vni_spelling_decodes(char letter)
    {
        string text = $"x{letter}x {letter}";
        Assert.Equal(text, LegacyDecoder.Decode(VniTestEncoder.Encode(text), SourceEncoding.Vni));
    }

    [Theory]
    [MemberData(nameof(AllLetters))]
    public void Viqr_spelling_decodes(char letter)
    {
        string text = $"{letter} {letter}n";
        Assert.Equal(text, LegacyDecoder.Decode(ViqrTestEncoder.Encode(text), SourceEncoding.Viqr));
    }

    /// <summary>A well-formed syllable containing <paramref name="letter"/>, in the letter's case.</summary>
    private static string SyllableWith(char letter)
    {
        string lower = char.ToLowerInvariant(letter).ToString();
        string word = VietnameseText.Syllables.FirstOrDefault(s => s.Contains(lower) && s.Length >= 2) ?? lower;
        return VietLetters.IsUpper(letter) ? word.ToUpperInvariant() : word;
    }
}
