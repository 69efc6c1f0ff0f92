using System.Text;
using Bantin.News.Readers.Html;

namespace Bantin.News.Tests.Html;

/// <summary>Bytes to text: BOM, then the page's meta charset, else UTF-8.</summary>
public sealed class HtmlDecodingTests
{
    private const string Vietnamese = "Hội An đón khách dịp lễ hội đèn lồng";

    private static Encoding Windows1258
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1258);
        }
    }

    [Fact]
    public void The_windows_1258_fixture_decodes_to_composed_text_and_says_so()
    {
        var a = HtmlFixtures.Article("windows-1258.html");
        Assert.Equal("Hội An đón 50.000 lượt khách dịp lễ hội đèn lồng", a.Title);
        Assert.True(a.Title.IsNormalized(NormalizationForm.FormC));
        Assert.Contains(a.Repairs, r => r.Kind == "charset" && r.Text.Contains("windows-1258") && r.Offset == 0);
        Assert.DoesNotContain(a.Repairs, r => r.Kind == "compose"); // the decoder composed; nothing left to repair
    }

    [Fact]
    public void Meta_charset_is_honoured()
    {
        var bytes = Page("<meta charset=\"windows-1258\">", Windows1258);
        var decoded = HtmlDecoder.Decode(bytes);
        Assert.Equal("windows-1258", decoded.Charset);
        Assert.Contains(Vietnamese, decoded.Text);
    }

    [Fact]
    public void Http_equiv_charset_is_honoured()
    {
        var bytes = Page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1258\">", Windows1258);
        Assert.Contains(Vietnamese, HtmlDecoder.Decode(bytes).Text);
    }

    [Fact]
    public void A_bom_wins_over_the_meta_charset()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Page("<meta charset=\"windows-1258\">", Encoding.UTF8)).ToArray();
        var decoded = HtmlDecoder.Decode(bytes);
        Assert.Equal("utf-8", decoded.Charset);
        Assert.Contains(Vietnamese, decoded.Text);
        Assert.False(decoded.Text.StartsWith('\uFEFF'));
    }

    [Fact]
    public void A_utf16_bom_is_honoured()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Page("", Encoding.Unicode)).ToArray();
        Assert.Contains(Vietnamese, HtmlDecoder.Decode(bytes).Text);
    }

    [Fact]
    public void No_declaration_means_utf8()
    {
        var decoded = HtmlDecoder.Decode(Page("", Encoding.UTF8));
        Assert.Equal("utf-8", decoded.Charset);
        Assert.Null(decoded.Note);
        Assert.Contains(Vietnamese, decoded.Text);
    }

    [Fact]
    public void A_western_charset_over_utf8_bytes_is_read_as_utf8()
    {
        var decoded = HtmlDecoder.Decode(Page("<meta charset=\"iso-8859-1\">", Encoding.UTF8));
        Assert.Contains(Vietnamese, decoded.Text);
        Assert.Contains("UTF-8", decoded.Note);
    }

    [Theory]
    [InlineData("x-no-such-charset")]
    [InlineData("utf-16")]
    public void Unknown_or_impossible_declarations_fall_back_to_utf8(string charset) =>
        Assert.Contains(Vietnamese, HtmlDecoder.Decode(Page($"<meta charset=\"{charset}\">", Encoding.UTF8)).Text);

    [Fact]
    public void Invalid_utf8_becomes_replacement_characters_reported_as_repairs()
    {
        var head = Encoding.UTF8.GetBytes("<html><head><link rel=\"canonical\" href=\"https://vnexpress.net/a-1.html\"></head><body>"
                                          + "<h1 class=\"title-detail\">Tiêu đề</h1><article class=\"fck_detail\"><p>Giá lúa tăng ");
        var tail = Encoding.UTF8.GetBytes(" mạnh.</p></article></body></html>");
        var bytes = head.Concat(new byte[] { 0xC3, 0x28, 0xFF }).Concat(tail).ToArray();
        var result = HtmlFixtures.Read("bad-utf8.html", bytes);
        var a = result.Article ?? throw new Xunit.Sdk.XunitException(result.Error!.ToString());
        Assert.Contains('\uFFFD', string.Concat(a.Body));
        // Layout "Tiêu đề\nGiá lúa tăng ??…": the first U+FFFD is at 8 + 13.
        Assert.Equal(21, Assert.Single(a.Repairs, r => r.Kind == "invalid-character" && r.Offset == 21).Offset);
        Assert.Equal(2, a.Repairs.Count(r => r.Kind == "invalid-character"));
    }

    private static byte[] Page(string meta, Encoding encoding)
    {
        var html = $"<html><head>{meta}<title>t</title></head><body><p>{Vietnamese}</p></body></html>";
        if (encoding.CodePage != 1258) return encoding.GetBytes(html);
        // windows-1258 spells most toned vowels as a base letter and a combining tone mark.
        return encoding.GetBytes(Decompose(html));
    }

    // windows-1258 has the vowel shapes (â, ơ, ư, …) as single bytes and the five tones as combining marks.
    private static string Decompose(string s)
    {
        var sb = new StringBuilder();
        foreach (var c in s)
        {
            var d = c.ToString().Normalize(NormalizationForm.FormD);
            var tones = new string(d.Where(IsTone).ToArray());
            sb.Append(new string(d.Where(x => !IsTone(x)).ToArray()).Normalize(NormalizationForm.FormC)).Append(tones);
        }
        return sb.ToString();
    }

    private static bool IsTone(char c) => c is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323';
}
