using Bantin.Text.Tokens;

namespace Bantin.Text.Tests.Tokens;

/// <summary>Hostile input: naughty strings, pathological repetitions, a 10 MB line. Checks structure, not timing.</summary>
public class TokenizerRobustnessTests
{
    // Rows carry only an index: xunit turns a lone surrogate into U+FFFD when it passes strings to a theory, so the
    // strings themselves must not travel through it.
    public static TheoryData<int> NaughtyStrings => Indexes(Naughty);

    private static readonly string[] Naughty =
    [
        "", " ", "\0", "null", "NaN", "undefined", "-1", "1E+02", "0x0", "1/0", "$1.00", "₫",
        "Ṱ̺̺̕o͞ ̷i̲̬͇̪͙n̝̗͕v̟̜̘̦͟o̶̙̰̠kè͚̮̺̪̹̱̤ ̖t̝͕̳̣̻̪͞h̼͓̲̦̳̘̲e͇̣̰̦̬͎ ̢̼̻̱̘h͚͎͙̜̣̲ͅi̦̲̣̰̤v̻͍e̺̭̳̪̰",
        "𝕿𝖍𝖊 𝖖𝖚𝖎𝖈𝖐 𝖇𝖗𝖔𝖜𝖓", "(╯°□°）╯︵ ┻━┻", "בְּרֵאשִׁית בָּרָא", "田中さんにあげて下さい", "ﷺ ﷽",
        "\u202Eevil\u202C", "\u2066a\u2069", "Ω≈ç√∫˜µ≤≥÷", "😍👩🏽‍💻👨‍👩‍👧‍👦🏳️‍🌈🏴󠁧󠁢󠁥󠁮󠁧󠁿", "🇻🇻🇻",
        "<script>alert(1)</script>", "' OR 1=1 --", "${jndi:ldap://x.vn/a}", "%s%n%x", "../../etc/passwd",
        "http://", "https://.", "www.", "www..vn", "a@", "@", "@.", "a@b@c@d.vn", "#", "##", "#_", ".@", "..@..",
        "TP. TP. TP. TP.", "TP.TP.TP.TP.TP.TP.TP.TP", "A.B.C.D.E.F.G.H.I.J.K", "v.v.v.v.v.", "1.2.3.4.5.6.7",
        "1/1/1/1/1", "12h12h12h", "26 - 28/6 - 29/7", "1 - 2 - 3", "9999-99-99", "0/0", "31/12/9999",
        "\uD83D", "\uDE00", "\uDE00\uD83D", "a\uD83D\u0301", "\u200D\u200D", "\uFE0F\uFE0F", "\u20E3",
        "\u0301\u0301\u0301", "a\u00AD", "\u00AD", "TP.\u00A0\u00A0HCM", "5\u00A0%", "5 \u00A0triệu",
    ];

    [Theory]
    [MemberData(nameof(NaughtyStrings))]
    public void Naughty_strings_are_well_formed(int index) => TokenAssert.WellFormed(Naughty[index]);

    private static TheoryData<int> Indexes(string[] items)
    {
        var data = new TheoryData<int>();
        for (int i = 0; i < items.Length; i++) data.Add(i);
        return data;
    }

    public static TheoryData<int> Repeated => Indexes(RepeatedUnits);

    private static readonly string[] RepeatedUnits =
    [
        "a", "A.", "a.", "1.", "1/", "aB", "GiápTổng", "TP. ", "http://x", "a@", "@a.", "#a", "\u0301", "a\u0301",
        "😀", "👨\u200D", "\uD800", "-", ". ", "5 triệu ", "v.v.", "x.vn.", "1-", "\u00A0",
    ];

    /// <summary>Look-ahead is bounded: a long repetition must take linear time, so this would hang otherwise.</summary>
    [Theory]
    [MemberData(nameof(Repeated))]
    public void Long_repetitions_are_well_formed(int index)
    {
        string unit = RepeatedUnits[index];
        var text = string.Concat(Enumerable.Repeat(unit, 200_000 / unit.Length + 1));
        TokenAssert.WellFormed(text);
    }

    [Fact]
    public void A_ten_megabyte_line_is_tokenized()
    {
        var text = NewsText.Line(10_000_000);
        int count = TokenAssert.WellFormed(text);
        Assert.True(count > text.Length / 10, $"{count} tokens in {text.Length} chars");
    }

    [Fact]
    public void Tokenize_rejects_null() => Assert.Throws<ArgumentNullException>(() => Tokenizer.Tokenize(null!));

    [Fact]
    public void Concurrent_use_gives_the_same_tokens()
    {
        var texts = Enumerable.Range(0, 8).Select(i => NewsText.Line(50_000 + i * 1000)).ToArray();
        var expected = texts.Select(Tokenizer.Tokenize).ToArray();
        Parallel.For(0, 64, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
            Assert.Equal(expected[i % texts.Length], Tokenizer.Tokenize(texts[i % texts.Length])));
    }
}
