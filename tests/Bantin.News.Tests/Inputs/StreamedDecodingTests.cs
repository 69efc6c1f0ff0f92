using System.Text;
using Bantin.News.Readers;
using Bantin.News.Readers.Dumps;
using Bantin.News.Readers.Inputs;
using Bantin.News.Tests.Dumps;

namespace Bantin.News.Tests.Inputs;

/// <summary>Dumps in other encodings, read line by line (<see cref="DecodedLineReader"/> through the JSONL and CSV readers).</summary>
public class StreamedDecodingTests
{
    private const string Jsonl =
        "{\"title\":\"thủ tướng phê duyệt đề án phát triển kinh tế biển\",\"body\":\"năm nay ngành du lịch đón nhiều khách.\"}\n" +
        "{\"title\":\"hà nội mưa lớn\",\"body\":\"nhiều tuyến phố ngập sâu, giao thông ùn tắc.\"}\n";

    private static readonly string[] Titles = ["thủ tướng phê duyệt đề án phát triển kinh tế biển", "hà nội mưa lớn"];

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, true)]
    [InlineData(false, false)]
    [InlineData(true, false)]
    public void Utf16_dumps(bool bigEndian, bool bom)
    {
        var warnings = new List<ReadError>();
        var results = DumpFixtures.ReadBytes(new JsonlArticleReader(), TestEncoders.Utf16(Jsonl, bigEndian, bom), warnings: warnings);
        Assert.Equal(Titles, results.Select(r => r.Article!.Title));
        Assert.Empty(warnings);
    }

    [Fact]
    public void Utf16_csv_keeps_line_numbers()
    {
        var csv = "title,body\n\"Một\nhai\",x\nba\n";
        var results = DumpFixtures.ReadBytes(new CsvArticleReader(), TestEncoders.Utf16(csv, false, false), "x.csv");
        Assert.Equal("x.csv:4: 1 fields, but the header has 2", DumpFixtures.Errors(results));
    }

    [Fact]
    public void Tcvn3_dump_is_recognised_from_its_first_bytes()
    {
        var warnings = new List<ReadError>();
        var results = DumpFixtures.ReadBytes(new JsonlArticleReader(), TestEncoders.Tcvn3(Jsonl), warnings: warnings);
        Assert.Equal(Titles, results.Select(r => r.Article!.Title));
        Assert.Equal("t.jsonl: not UTF-8: read as tcvn3", Assert.Single(warnings).ToString());
    }

    [Fact]
    public void Windows_1258_dump()
    {
        var warnings = new List<ReadError>();
        var results = DumpFixtures.ReadBytes(new JsonlArticleReader(), TestEncoders.Windows1258(Jsonl), warnings: warnings);
        Assert.Equal(Titles, results.Select(r => r.Article!.Title));
        Assert.Equal("t.jsonl: not UTF-8: read as windows-1258", Assert.Single(warnings).ToString());
    }

    [Fact]
    public void Legacy_lines_after_a_long_utf8_start_are_recognised_when_they_come()
    {
        var start = string.Concat(Enumerable.Repeat("{\"title\":\"Tin tức hôm nay\",\"body\":\"Nội dung.\"}\n", 2000));
        byte[] bytes = [.. Encoding.UTF8.GetBytes(start), .. TestEncoders.Tcvn3(Jsonl)];
        Assert.True(bytes.Length > EncodingSniffer.SampleBytes);
        var warnings = new List<ReadError>();
        var results = DumpFixtures.ReadBytes(new JsonlArticleReader(), bytes, warnings: warnings);
        Assert.Equal(Titles, results.Skip(2000).Select(r => r.Article!.Title));
        Assert.Equal("t.jsonl:2001: not UTF-8: read as tcvn3", Assert.Single(warnings).ToString());
    }

    [Fact]
    public void Invalid_utf8_in_one_record_is_replaced_and_reported_with_line_and_column()
    {
        byte[] bytes = [.. "{\"title\":\"Một\"}\n{\"title\":\"Ha"u8, 0xFF, .. "i\"}\n"u8];
        var warnings = new List<ReadError>();
        var results = DumpFixtures.ReadBytes(new JsonlArticleReader(), bytes, warnings: warnings);
        Assert.Equal(["Một", "Ha\uFFFDi"], results.Select(r => r.Article!.Title));
        Assert.Equal("t.jsonl:2: column 13: invalid UTF-8 (1 byte) replaced with U+FFFD", Assert.Single(warnings).ToString());
    }

    [Fact]
    public void A_bom_on_the_first_line_is_not_part_of_the_record()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. "{\"title\":\"Một\"}\n"u8];
        Assert.Equal("Một", DumpFixtures.ReadBytes(new JsonlArticleReader(), bytes).Single().Article!.Title);
    }

    [Fact]
    public void Byte_order_marks_of_dumps_joined_with_cat_are_dropped()
    {
        byte[] part = [0xEF, 0xBB, 0xBF, .. "{\"title\":\"Một\"}\n"u8];
        var results = DumpFixtures.ReadBytes(new JsonlArticleReader(), [.. part, .. part]);
        Assert.Equal(["Một", "Một"], results.Select(r => r.Article!.Title));
    }

    [Fact]
    public void A_stray_byte_in_vietnamese_utf8_does_not_make_the_dump_legacy()
    {
        var line = Encoding.UTF8.GetBytes("{\"title\":\"Hà Nội\",\"body\":\"Thủ tướng Chính phủ đã phê duyệt đề án phát triển kinh tế biển bền vững.\"}\n");
        int at = line.AsSpan().IndexOf("Th"u8); // inside the body string, at an ASCII position (not inside a character)
        byte[] bytes = [.. line, .. line[..at], 0xFF, .. line[at..], .. Enumerable.Range(0, 50).SelectMany(_ => line)];
        var warnings = new List<ReadError>();
        var results = DumpFixtures.ReadBytes(new JsonlArticleReader(), bytes, warnings: warnings);
        Assert.Equal(52, results.Count(r => r.Article?.Title == "Hà Nội"));
        Assert.StartsWith("\uFFFDThủ tướng", results[1].Article!.Body[0]);
        Assert.Equal("t.jsonl:2: column 27: invalid UTF-8 (1 byte) replaced with U+FFFD", Assert.Single(warnings).ToString());
    }

    [Fact]
    public void Binary_dump_is_one_error_not_a_crash()
    {
        var random = new Random(5);
        var bytes = new byte[100_000];
        random.NextBytes(bytes);
        var results = DumpFixtures.ReadBytes(new JsonlArticleReader(), bytes, "blob.jsonl");
        Assert.Equal("blob.jsonl: binary file", DumpFixtures.Errors(results));
        Assert.Single(results);
    }
}
