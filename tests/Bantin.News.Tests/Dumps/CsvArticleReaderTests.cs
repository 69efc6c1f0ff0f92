using Bantin.News.Readers;
using Bantin.News.Readers.Dumps;

namespace Bantin.News.Tests.Dumps;

public class CsvArticleReaderTests
{
    private static readonly CsvArticleReader Reader = new();

    [Fact]
    public void Fixture_reads_good_rows_and_reports_bad_ones_at_the_line_they_start_on()
    {
        var results = DumpFixtures.Read(Reader, "articles.csv");
        Assert.Equal(["csv-1", "csv-2", null, null, "csv-5"], results.Select(r => r.Article?.Id));
        Assert.Equal(
            """
            articles.csv:7: 3 fields, but the header has 8
            articles.csv:8: unterminated quoted field: no closing quote before the end of the input
            """.ReplaceLineEndings("\n"),
            DumpFixtures.Errors(results));
    }

    [Fact]
    public void Quoted_fields_hold_delimiters_doubled_quotes_and_line_breaks()
    {
        var results = DumpFixtures.Read(Reader, "articles.csv");
        var first = results[0].Article!;
        Assert.Equal(("Giá vàng tăng mạnh", "Giá vàng sáng nay tăng, vượt mốc 56 triệu đồng."), (first.Title, first.Sapo));
        Assert.Equal(("Hải Yến", "https://example.vn/c1", "Kinh doanh"), (first.Author, first.Url, first.Category));
        Assert.Equal(new DateTime(2020, 8, 7), first.Published?.Date);
        var second = results[1].Article!;
        Assert.Equal(("Ông \"Ba\" nói, rồi đi", "Sapo có dấu phẩy, và ngoặc."), (second.Title, second.Sapo));
        Assert.Equal(["Đoạn đầu tiên.", "Đoạn thứ hai, có dấu phẩy."], second.Body);
        Assert.Null(second.Author); // empty columns are absent
        Assert.Null(second.Published);
    }

    [Fact]
    public void Semicolons_and_a_mapping()
    {
        var plain = DumpFixtures.Read(Reader, "semicolon.csv").Single().Article!;
        Assert.Equal(("Tiêu đề một", "Tóm tắt một", "Nguyễn Văn A"), (plain.Title, plain.Sapo, plain.Author));
        Assert.Empty(plain.Body);
        Assert.Matches("^[0-9a-f]{16}$", plain.Id);

        var mapped = DumpFixtures.Read(new CsvArticleReader(FieldMapping.Parse(["body=content_text", "id=ma"])), "semicolon.csv").Single().Article!;
        Assert.Equal(("s-1", "Nội dung một."), (mapped.Id, mapped.Body.Single()));
    }

    [Fact]
    public void Tabs_with_a_quoted_tab()
    {
        var results = DumpFixtures.Read(Reader, "articles.tsv");
        Assert.Equal(["Tin TSV", "Tiêu đề có tab"], results.Select(r => r.Article!.Title));
        Assert.Equal(["VnExpress", "Tuổi Trẻ"], results.Select(r => r.Article!.Source));
    }

    [Fact]
    public void A_header_without_a_text_column_stops_the_file_with_one_error()
    {
        var results = DumpFixtures.ReadText(Reader, "a,b\n1,2\n3,4\n", "x.csv");
        Assert.Equal("x.csv:1: no text column: none of title, headline, sapo, description, abstract, lead, summary, body, content, text (columns: a, b); map one, e.g. body=COLUMN",
            DumpFixtures.Errors(results));
        Assert.Single(results);
    }

    [Fact]
    public void Text_after_a_closing_quote_is_an_error()
    {
        var results = DumpFixtures.ReadText(Reader, "title,body\n\"a\"b,c\nđúng,x\n", "x.csv");
        Assert.Equal("x.csv:2: unexpected 'b' after a closing quote (line 2, column 4)", DumpFixtures.Errors(results));
        Assert.Equal("đúng", results[1].Article!.Title);
    }

    [Fact]
    public void Crlf_line_ends_a_trailing_empty_field_and_a_row_without_text()
    {
        var results = DumpFixtures.ReadText(Reader, "title,body,author\r\nMột,Hai,\r\n,,Ai đó\r\n", "x.csv");
        Assert.Equal(("Một", "Hai"), (results[0].Article!.Title, results[0].Article!.Body.Single()));
        Assert.Equal("x.csv:3: no text: title, sapo and body are empty", DumpFixtures.Errors(results));
    }

    [Fact]
    public void A_quoted_record_longer_than_the_limit_is_an_error_and_its_lines_are_read_again()
    {
        var reader = new CsvArticleReader(null, maxRecordBytes: 40);
        var text = "title,body\n\"mở mãi,x\nTin một,Thân một\nTin hai,Thân hai\nTin ba,Thân ba\n";
        var results = DumpFixtures.ReadText(reader, text, "x.csv");
        Assert.Equal("x.csv:2: record longer than 40 characters (is a quote left open?)", DumpFixtures.Errors(results));
        Assert.Equal(["Tin một", "Tin hai", "Tin ba"], results.Where(r => r.Article is not null).Select(r => r.Article!.Title));
    }

    [Fact]
    public void An_empty_file_or_a_header_alone_gives_nothing()
    {
        Assert.Empty(DumpFixtures.ReadText(Reader, "", "x.csv"));
        Assert.Empty(DumpFixtures.ReadText(Reader, "title,body\n", "x.csv"));
    }

    [Fact]
    public void A_single_column_tsv_by_name()
    {
        var results = DumpFixtures.ReadText(Reader, "body\nMột câu, có dấu phẩy.\n", "x.tsv");
        Assert.Equal("Một câu, có dấu phẩy.", results.Single().Article!.Body.Single());
    }

    [Fact]
    public void Binary_input_is_one_error()
    {
        var results = DumpFixtures.ReadBytes(Reader, [0x50, 0x4B, 3, 4, 0, 0, 0, 0, 8, 0, 0x21, 0, 0, 0], "x.csv");
        Assert.Equal("x.csv: binary file", DumpFixtures.Errors(results));
    }
}
