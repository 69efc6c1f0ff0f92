using Bantin.News.Readers;
using Bantin.News.Readers.Dumps;
using Bantin.News.Readers.Inputs;

namespace Bantin.News.Tests.Dumps;

public class JsonlArticleReaderTests
{
    private static readonly JsonlArticleReader Reader = new();

    [Fact]
    public void Fixture_reads_good_records_and_reports_bad_ones_with_file_and_line()
    {
        var warnings = new List<ReadError>();
        var results = DumpFixtures.Read(Reader, "articles.jsonl", warnings);

        Assert.Equal(["vn-001", "42", null, null, null, results[5].Article?.Id, "vn-009"], results.Select(r => r.Article?.Id));
        Assert.Equal(
            """
            articles.jsonl:4: invalid JSON: Expected start of a property name or value, but instead reached end of data (byte 34)
            articles.jsonl:5: a JSON array, not an object (JSONL has one article object per line)
            articles.jsonl:6: no text: none of title, headline, sapo, description, abstract, lead, summary, body, content, text has any (keys: foo, n); map one, e.g. body=KEY
            """.ReplaceLineEndings("\n"),
            DumpFixtures.Errors(results));
        Assert.Equal("articles.jsonl:9: date 'hôm qua' not understood; published left empty", Assert.Single(warnings).ToString());
    }

    [Fact]
    public void Usual_names_fill_every_field()
    {
        var a = DumpFixtures.Read(Reader, "articles.jsonl")[0].Article!;
        Assert.Equal("Việt Nam - Belarus lập liên doanh sản xuất ôtô Minsk", a.Title);
        Assert.Equal("Liên doanh sản xuất ôtô đầu tiên giữa hai nước vừa ra mắt.", a.Sapo);
        Assert.Equal(["MAZ Asia là liên doanh sản xuất ôtô đầu tiên giữa hai nước.", "Hai nước cũng ký thỏa thuận hợp tác mới."], a.Body);
        Assert.Equal(("Trọng Giáp", "https://example.vn/a-1", "Kinh doanh", "Dân trí"), (a.Author, a.Url, a.Category, a.Source));
        Assert.Equal(new DateTime(2020, 10, 1), a.Published?.Date);
        Assert.Equal("articles.jsonl", a.File);
        Assert.Empty(a.Repairs);
    }

    [Fact]
    public void Other_common_names_arrays_and_unix_times()
    {
        var a = DumpFixtures.Read(Reader, "articles.jsonl")[1].Article!;
        Assert.Equal(("42", "Hà Nội mưa lớn", "Mưa kéo dài từ chiều qua."), (a.Id, a.Title, a.Sapo));
        Assert.Equal(["Nhiều tuyến phố ngập sâu.", "Giao thông ùn tắc."], a.Body);
        Assert.Equal(("Minh An, Thu Hà", "https://example.vn/b", "Xã hội"), (a.Author, a.Url, a.Category));
        Assert.Equal(DateTimeOffset.Parse("2020-10-01T07:00:00+07:00"), a.Published);
        Assert.Equal(TimeSpan.FromHours(7), a.Published?.Offset);
    }

    [Fact]
    public void Records_without_id_get_a_stable_content_hash()
    {
        var first = DumpFixtures.Read(Reader, "articles.jsonl")[5].Article!;
        var again = DumpFixtures.ReadText(Reader, """{"title":"Tin không có mã","body":"Đoạn một."}""")[0].Article!;
        var other = DumpFixtures.ReadText(Reader, """{"title":"Tin không có mã","body":"Đoạn hai."}""")[0].Article!;
        Assert.Matches("^[0-9a-f]{16}$", first.Id);
        Assert.Equal(first.Id, again.Id);
        Assert.NotEqual(first.Id, other.Id);
    }

    [Fact]
    public void Text_is_normalized_and_repairs_point_into_the_record_laid_out_as_lines()
    {
        // Title (decomposed "ệ"), sapo, then body: "Hai  nước" has a double space at body offset 3.
        string title = "Vi\u0065\u0302\u0323t Nam", sapo = "Tóm tắt.";
        var json = $$"""{"title":"{{title}}","sapo":"{{sapo}}","body":"Hai  nước."}""";
        var a = DumpFixtures.ReadText(Reader, json)[0].Article!;
        Assert.Equal(("Việt Nam", "Tóm tắt.", "Hai nước."), (a.Title, a.Sapo, a.Body[0]));
        Assert.Equal(
            [new Model.Repair("compose", "e\u0302\u0323", 2), new Model.Repair("space", "  ", title.Length + 1 + sapo.Length + 1 + 3)],
            a.Repairs);
    }

    [Fact]
    public void Body_string_lines_are_paragraphs_and_blank_lines_vanish()
    {
        var a = DumpFixtures.ReadText(Reader, """{"title":"T","body":"Một.\r\n\r\n  Hai.  \u2028Ba."}""")[0].Article!;
        Assert.Equal(["Một.", "Hai.", "Ba."], a.Body);
    }

    [Fact]
    public void A_one_line_body_with_glued_sentences_goes_through_structure_recovery()
    {
        const string fused = "Bộ trưởng đã tiếp đoàn đại biểu của Bộ Ngoại giao.Hai bên trao đổi về hợp tác kinh tế và thương mại.Theo kế hoạch, hai nước sẽ ký kết thỏa thuận mới.";
        var a = DumpFixtures.ReadText(Reader, $$"""{"title":"Tiêu đề","body":"{{fused}}"}""")[0].Article!;
        Assert.Equal("Tiêu đề", a.Title);
        // However recovery cuts it, no text is lost and every paragraph is one line.
        Assert.Equal(Letters(fused), Letters(string.Concat(a.Body) + a.Author + string.Concat(a.Credits)));
        Assert.All(a.Body, p => Assert.DoesNotContain('\n', p));
    }

    [Fact]
    public void A_body_alone_whose_first_line_is_a_headline_is_recovered_as_a_whole_article()
    {
        // VNTC: title and sapo null, the headline is the body's first line.
        const string body = "Hình ảnh người dân chào đón Giáng Sinh\nĐêm qua, hàng nghìn người dân thủ đô đã tập trung đến các nhà thờ.\nTP HCM nhiệt độ xuống thấp.";
        var a = DumpFixtures.ReadText(Reader, $$"""{"id":"vntc-1","title":null,"sapo":null,"body":"{{body.Replace("\n", "\\n")}}"}""")[0].Article!;
        Assert.Equal("vntc-1", a.Id);
        Assert.Equal(Letters(body), Letters(a.Title + a.Sapo + string.Concat(a.Body) + a.Author + string.Concat(a.Credits)));
        Assert.All(a.Body, p => Assert.DoesNotContain('\n', p));
    }

    [Fact]
    public void A_body_alone_that_starts_with_a_sentence_stays_body()
    {
        var a = DumpFixtures.ReadText(Reader, """{"body":"Đêm qua, người dân đã tập trung.\nTP HCM nhiệt độ xuống thấp."}""")[0].Article!;
        Assert.Equal(("", ""), (a.Title, a.Sapo));
        Assert.Equal(["Đêm qua, người dân đã tập trung.", "TP HCM nhiệt độ xuống thấp."], a.Body);
    }

    [Fact]
    public void Preferred_names_win_and_blank_values_count_as_absent()
    {
        var a = DumpFixtures.ReadText(Reader, """{"text":"Thân phụ.","body":"Thân chính.","summary":"  ","description":"Mô tả.","title":"T"}""")[0].Article!;
        Assert.Equal(["Thân chính."], a.Body);
        Assert.Equal("Mô tả.", a.Sapo);
    }

    [Fact]
    public void Keys_match_without_regard_to_case()
    {
        var a = DumpFixtures.ReadText(Reader, """{"Title":"Hoa","BODY":"Thân."}""")[0].Article!;
        Assert.Equal(("Hoa", "Thân."), (a.Title, a.Body[0]));
    }

    [Fact]
    public void Unix_milliseconds_and_numeric_ids()
    {
        var a = DumpFixtures.ReadText(Reader, """{"id":7,"title":"T","time":1601510400000}""")[0].Article!;
        Assert.Equal(("7", DateTimeOffset.Parse("2020-10-01T00:00:00Z")), (a.Id, a.Published));
    }

    [Fact]
    public void A_mapping_reads_other_names()
    {
        var reader = new JsonlArticleReader(FieldMapping.Parse(["body=content_text", "id=ma"]));
        var a = DumpFixtures.ReadText(reader, """{"ma":"x-1","title":"T","body":"bỏ qua","content_text":"Nội dung."}""")[0].Article!;
        Assert.Equal(("x-1", "Nội dung."), (a.Id, a.Body[0]));
    }

    [Fact]
    public void A_record_longer_than_the_limit_is_an_error_and_the_next_one_is_read()
    {
        var reader = new JsonlArticleReader(null, maxRecordBytes: 64);
        var text = $$"""{"title":"{{new string('x', 100)}}"}""" + "\n" + """{"title":"Ngắn"}""";
        var results = DumpFixtures.ReadText(reader, text);
        Assert.Equal("t.jsonl:1: record longer than 64 bytes; skipped", DumpFixtures.Errors(results));
        Assert.Equal("Ngắn", results[1].Article!.Title);
    }

    [Fact]
    public void Trailing_data_after_the_object_is_invalid()
    {
        var results = DumpFixtures.ReadText(Reader, """{"title":"a"} x""");
        Assert.StartsWith("t.jsonl:1: invalid JSON: ", DumpFixtures.Errors(results));
    }

    [Theory]
    [InlineData("\"just a string\"", "a JSON string, not an object")]
    [InlineData("42", "a JSON number, not an object")]
    [InlineData("null", "a JSON null, not an object")]
    public void Json_values_that_are_not_objects(string line, string reason) =>
        Assert.Contains(reason, DumpFixtures.Errors(DumpFixtures.ReadText(Reader, line)));

    [Fact]
    public void Stdin_articles_have_no_file()
    {
        var a = DumpFixtures.ReadText(Reader, """{"title":"T"}""", name: ArticleInputs.StdinName)[0].Article!;
        Assert.Null(a.File);
    }

    [Fact]
    public void The_input_document_path_reads_the_same()
    {
        var bytes = File.ReadAllBytes(DumpFixtures.PathOf("articles.jsonl"));
        var results = Reader.Read(new InputDocument("articles.jsonl", bytes)).ToList();
        Assert.Equal(DumpFixtures.Read(Reader, "articles.jsonl").Select(r => r.Article?.Id ?? r.Error!.ToString()),
                     results.Select(r => r.Article?.Id ?? r.Error!.ToString()));
    }

    private static string Letters(string s) => new([.. s.Where(char.IsLetterOrDigit)]);
}
