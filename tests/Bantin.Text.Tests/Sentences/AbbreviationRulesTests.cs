using Bantin.Text.Sentences;

namespace Bantin.Text.Tests.Sentences;

public class AbbreviationRulesTests
{
    [Theory]
    [InlineData("theo PGS.TS. Nguyễn", "PGS.TS")]
    [InlineData("tại TP.HCM. Sau đó", "TP.HCM")]
    [InlineData("ông N.Q.D. Sau", "N.Q.D")]
    [InlineData("sống sót.T. Thủy", "T")]                  // a lower-case syllable before a dot ended a sentence
    [InlineData("mã A.B.C.D.E.F.G.H.K.L. Sau", "C.D.E.F.G.H.K.L")] // at most eight pieces
    public void The_word_before_a_full_stop_takes_the_dotted_pieces_of_one_abbreviation(string text, string word)
    {
        int mark = text.IndexOf(word, StringComparison.Ordinal) + word.Length;
        Assert.Equal('.', text[mark]);
        Assert.Equal(word, text[AbbreviationRules.WordStart(text, mark)..mark]);
    }
}
