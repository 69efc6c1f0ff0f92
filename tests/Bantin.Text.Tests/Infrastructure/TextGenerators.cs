using FsCheck;
using FsCheck.Fluent;

namespace Bantin.Text.Tests.Infrastructure;

/// <summary>
/// Random text that stresses the text core: Vietnamese letters in every tone, ASCII, combining marks, lone and paired
/// surrogates, emoji, every kind of space and invisible character, punctuation, digits, line breaks.
/// </summary>
public static class TextGenerators
{
    private static readonly string[] Pieces =
    [
        "a", "ă", "â", "đ", "Đ", "ế", "ệ", "ọ", "ườ", "ữ", "ỷ", "Ư", "hòa", "hoà", "thủy", "lựơng", "nghịêm", "qúa", "gía",
        "l", " iên", "ng", "TP.HCM", "Q.1", "v.v.", "3,5", "1.000.000", "12/1/2018", "13h30", "50%", "https://a.vn/x",
        "a@b.vn", "#tag", "@user", "\u0300", "\u0301", "\u0302", "\u0303", "\u0309", "\u0323", "\u031B", "\u0306",
        "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\U0001F600", "\U0001F468\u200D\U0001F469", "\uFE0F",
        " ", "  ", "\u00A0", "\u2003", "\u202F", "\u3000", "\t", "\n", "\r\n", "\u2028", "\u200B", "\u200C", "\u200D",
        "\uFEFF", "\u00AD", "\u00D0", "\u00F0", ".", ",", "!", "?", "…", "...", "\"", "“", "”", "(", ")", "[", "]", "-", "–",
        "'", ":", ";", "/", "\\", "0", "7", "42", "Việt", "Nam", "Belarus", "Minsk", "\u0000", "\u0085", "\uFFFD", "\uFFFF",
        "ا", "中", "ㄱ", "\u1100\u1161", "é", "e\u0301", "Å", "\u212B", "\u2126", "İ", "ß", "ǅ",
    ];

    public static Gen<string> Text { get; } =
        Gen.Elements(Pieces).ArrayOf().Select(parts => string.Concat(parts));

    public static Arbitrary<string> Arbitrary() => Text.ToArbitrary();

    /// <summary>Strings that broke text libraries before (from the Big List of Naughty Strings and experience).</summary>
    public static readonly string[] Naughty =
    [
        "", " ", "\u0000", "\uFEFF", "\u200B\u200B", "\uD800", "\uDC00\uD800", "\u0301", "\u0301\u0301\u0301a",
        "Z̮̞̠͙͔ͅḀ̗̞͈̻̗Ḷ͙͎̯̹̞͓G̻O̭̗̮", "田中さんにあげて下さい", "\u202Etest\u202D", "<script>alert(1)</script>", "'; DROP TABLE x;--",
        "𝕋𝕙𝕖 𝕢𝕦𝕚𝕔𝕜", "\U0001F469\u200D\u2764\uFE0F\u200D\U0001F468", "....................", "?!?!?!", "\"\"\"\"", "(((((", "1.2.3.4.5",
        "a.b.c.d.e.f", "\r\r\r", "\n\n", "\u2028\u2029", "\t\t\t", "ـ", "١٢٣", "NaN", "-1", "0x0", "%s%s%s", "{0}",
    ];
}
