using Bantin.Text.Tokens;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bantin.Text.Tests.Tokens;

public class TokenizerPropertyTests
{
    // Pieces that reach every scanner and every odd character class; random UTF-16 code units fill the rest.
    private static readonly string[] Pieces =
    [
        "giao", "Hai", "Quỳnh", "Ở", "e", "A", "ôtô", "MinskLiên", "GiápTổng", "iPhone", "TP", "HCM", "ThS", "v", "Q", "V",
        "1", "12", "2017", "000", "3,5", ".", ",", "/", "-", "–", ":", ";", "@", "#", "$", "€", "%", "&", "_", "'", "\"",
        "(", ")", "[", "]", "“", "”", "…", "...", "h", "km", "triệu", "USD", "đ", "http", "://", "www", "vn", "net",
        " ", "  ", "\u00A0", "\t", "\n", "\r\n", "\u2028", "\u3000", "\u0085",
        "\u200B", "\u200C", "\u200D", "\u00AD", "\uFEFF", "\u200F", "\u202E", "\u2066",
        "\u0301", "\u0323", "\u0302", "\uFE0F", "\u20E3",
        "😀", "👍", "🏽", "🇻", "🇳", "❤", "©", "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\U00020000", "\U0001D400",
        "مرحبا", "שלום", "北京", "١٢٣", "x²", "\u0000", "\u0001", "\u001F", "\u007F", "\uFFFF", "\uFFFE",
    ];

    private static Arbitrary<string> Texts()
    {
        var piece = Gen.Frequency(
            (5, Gen.Elements(Pieces)),
            (1, Gen.Choose(0, char.MaxValue).Select(c => ((char)c).ToString())));
        return piece.ListOf().Select(pieces => string.Concat(pieces)).ToArbitrary();
    }

    [Property(MaxTest = 2000)]
    public Property Tokens_and_whitespace_rebuild_any_input() =>
        Prop.ForAll(Texts(), text => { TokenAssert.WellFormed(text); });

    [Property(MaxTest = 300)]
    public void Any_generated_string_is_well_formed(string? text) => TokenAssert.WellFormed(text ?? "");

    [Property(MaxTest = 500)]
    public Property Tokenize_equals_Enumerate() =>
        Prop.ForAll(Texts(), text =>
        {
            var listed = new List<Token>();
            foreach (var token in Tokenizer.Enumerate(text)) listed.Add(token);
            Assert.Equal(listed, Tokenizer.Tokenize(text));
        });

    private static readonly string[] Syllables =
        ["người", "Việt", "NAM", "hòa", "hoà", "thuỷ", "khuỷu", "nghiêng", "Quỳnh", "giếng", "gì", "yên", "ở", "Ở", "Đông"];

    [Property(MaxTest = 300)]
    public Property Spaced_syllables_are_syllable_tokens() =>
        Prop.ForAll(Gen.Elements(Syllables).NonEmptyListOf().ToArbitrary(), words =>
        {
            var text = string.Join(' ', words);
            var tokens = Tokenizer.Tokenize(text);
            Assert.Equal(words.Count, tokens.Length);
            Assert.All(tokens, t => Assert.Equal(TokenKind.Syllable, t.Kind));
        });

    // A single capital before a period reads as an initial (Nguyễn V.A), so the sentence-final word has two letters or more.
    [Property(MaxTest = 300)]
    public Property A_period_glued_between_syllables_is_punctuation() =>
        Prop.ForAll(Gen.Elements(Syllables.Where(s => s.Length > 1)).ToArbitrary(), Gen.Elements(Syllables).ToArbitrary(),
            (left, right) =>
            {
                var text = left + "." + char.ToUpperInvariant(right[0]) + right[1..];
                var kinds = Tokenizer.Tokenize(text).Select(t => t.Kind);
                Assert.Equal([TokenKind.Syllable, TokenKind.Punctuation, TokenKind.Syllable], kinds);
            });
}
