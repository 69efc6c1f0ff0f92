using Bantin.Text.Syllables;
using Bantin.Text.Tokens;

namespace Bantin.Text.Tests.Tokens;

public class AbbreviationsTests
{
    [Theory]
    [InlineData("ThS", true)]
    [InlineData("ThS.", true)]
    [InlineData("v.v.", true)]
    [InlineData("UBND", true)]
    [InlineData("TP.HCM", true)]
    [InlineData("UBND.", false)] // that period is punctuation
    [InlineData("FPT", false)]   // an abbreviation token, but by the acronym rule, not the list
    [InlineData("Ông", false)]
    [InlineData("", false)]
    [InlineData(".", false)]
    public void IsKnown(string text, bool expected) => Assert.Equal(expected, Abbreviations.IsKnown(text));

    [Theory]
    [InlineData("v.v.", true)]
    [InlineData("etc.", true)]
    [InlineData("Ltd.", true)]
    [InlineData("TP.", true)]  // thành phố is a noun too
    [InlineData("TS.", false)]
    [InlineData("ThS.", false)]
    [InlineData("GS.TS.", false)]
    [InlineData("St.", false)]
    [InlineData("v.v", false)] // no period of its own to end a sentence with
    [InlineData("UBND", false)]
    [InlineData("", false)]
    public void CanEndSentence(string text, bool expected) => Assert.Equal(expected, Abbreviations.CanEndSentence(text));

    [Theory]
    [InlineData("V", true)]
    [InlineData("Đ", true)]
    [InlineData("v", false)]
    [InlineData("VN", false)]
    [InlineData("", false)]
    public void IsInitial(string text, bool expected) => Assert.Equal(expected, Abbreviations.IsInitial(text));

    /// <summary>Otherwise a sentence ending in that word would lose its full stop to the abbreviation.</summary>
    [Fact]
    public void No_entry_whose_period_never_ends_a_sentence_is_a_syllable()
    {
        foreach (var (entry, traits) in Abbreviations.All)
            if ((traits & Abbreviations.Traits.TakesPeriod) != 0 && (traits & Abbreviations.Traits.CanEndSentence) == 0)
                Assert.False(SyllableParser.IsValid(entry), entry);
    }

    [Fact]
    public void Every_entry_is_one_abbreviation_token()
    {
        foreach (var (entry, traits) in Abbreviations.All)
        {
            var text = (traits & Abbreviations.Traits.TakesPeriod) != 0 ? entry + "." : entry;
            var tokens = Tokenizer.Tokenize(text);
            Assert.True(tokens is [{ Kind: TokenKind.Abbreviation }] && tokens[0].Length == text.Length,
                $"{text} => {TokenFormatter.Format(text)}");
        }
    }
}
