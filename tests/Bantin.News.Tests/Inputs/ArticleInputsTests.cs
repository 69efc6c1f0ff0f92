using System.Text;
using Bantin.News.Readers;
using Bantin.News.Readers.Dumps;
using Bantin.News.Readers.Inputs;

namespace Bantin.News.Tests.Inputs;

public class ArticleInputsTests
{
    private static IArticleReader[] Readers =>
        [new StubReader(ArticleFormat.Text), new StubReader(ArticleFormat.Html), new JsonlArticleReader(), new CsvArticleReader()];

    private static (List<ReadResult> Results, ReadSummary Summary, List<ReadError> Warnings) Read(
        ArticleInputs inputs, params string[] paths)
    {
        var summary = new ReadSummary();
        var warnings = new List<ReadError>();
        return ([.. inputs.Read(paths, summary, warnings.Add)], summary, warnings);
    }

    private static string Show(ReadResult r) => r.Article is { } a ? $"{a.File} {a.Title}" : $"! {r.Error}";

    [Fact]
    public void Folders_are_walked_in_order_with_names_relative_to_the_argument()
    {
        using var tree = new TempTree();
        tree.Write("b.jsonl", "{\"title\":\"B\"}\n");
        tree.Write("a/x.csv", "title\nX\n");
        tree.Write("a/z.txt", "Z\nbody");
        tree.Write("a/sub/y.html", "<html>Y");
        tree.Write("a/.hidden.jsonl", "{\"title\":\"hidden\"}");
        tree.Write(".git/h.jsonl", "{\"title\":\"hidden\"}");
        tree.Write("notes.md", "not an article");

        var (results, summary, _) = Read(new ArticleInputs(Readers), tree.Root);
        Assert.Equal(["a/sub/y.html <html>Y", "a/x.csv X", "a/z.txt Z", "b.jsonl B"], results.Select(Show));
        Assert.Equal("4 articles from 4 files, 0 skipped, 0 warnings", summary.ToString());
    }

    [Fact]
    public void A_file_argument_is_named_by_its_file_name_and_a_missing_path_is_an_error()
    {
        using var tree = new TempTree();
        var file = tree.Write("deep/er/x.jsonl", "{\"title\":\"X\"}");
        var missing = tree.PathOf("nope");
        var (results, summary, _) = Read(new ArticleInputs(Readers), missing, file);
        Assert.Equal([$"! {missing}: no such file or directory", "x.jsonl X"], results.Select(Show));
        Assert.Equal((1, 1, 1), (summary.Files, summary.Articles, summary.Skipped));
    }

    [Fact]
    public void Stdin_is_read_as_a_stream_with_its_format_sniffed()
    {
        var stdin = new MemoryStream(Encoding.UTF8.GetBytes("  {\"title\":\"Từ stdin\"}\n{\"title\":\"Hai\"}\n"));
        var inputs = new ArticleInputs(Readers, new InputOptions { Stdin = stdin });
        var (results, summary, _) = Read(inputs, "-");
        Assert.Equal([" Từ stdin", " Hai"], results.Select(Show)); // no file name for stdin
        Assert.Equal(1, summary.Files);
    }

    [Fact]
    public void Stdin_html_goes_to_the_html_reader()
    {
        var stdin = new MemoryStream(Encoding.UTF8.GetBytes("<!doctype html><p>x"));
        var (results, _, _) = Read(new ArticleInputs(Readers, new InputOptions { Stdin = stdin }), "-");
        Assert.Equal("Html:-", Assert.Single(results).Article!.Id);
    }

    [Fact]
    public void Content_decides_for_files_without_a_known_extension()
    {
        using var tree = new TempTree();
        var page = tree.Write("page", "\n<!DOCTYPE html><title>T</title>");
        var dump = tree.Write("dump.txt", "{\"title\":\"Dòng JSON\"}\n");
        var utf16 = tree.Write("vntc.txt", TestEncoders.Utf16("Tiêu đề\nThân bài.", bigEndian: false, bom: false));
        var (results, _, _) = Read(new ArticleInputs(Readers), page, dump, utf16);
        Assert.Equal(["Html:page", "", "Text:vntc.txt"], results.Select(r => r.Article!.Id.Length == 16 ? "" : r.Article.Id));
        Assert.Equal("Dòng JSON", results[1].Article!.Title);
        Assert.Equal("Tiêu đề", results[2].Article!.Title);
    }

    [Fact]
    public void Text_files_reach_their_reader_as_utf8()
    {
        using var tree = new TempTree();
        var tcvn3 = tree.Write("cu.txt", TestEncoders.Tcvn3("thủ tướng phê duyệt đề án phát triển kinh tế biển\nnăm nay ngành du lịch đón nhiều khách."));
        var utf16 = tree.Write("vntc.txt", TestEncoders.Utf16("Hình ảnh người dân chào đón Giáng Sinh\nĐêm qua.", bigEndian: true, bom: true));
        var (results, _, warnings) = Read(new ArticleInputs(Readers), tcvn3, utf16);
        Assert.Equal(["cu.txt thủ tướng phê duyệt đề án phát triển kinh tế biển", "vntc.txt Hình ảnh người dân chào đón Giáng Sinh"], results.Select(Show));
        Assert.Equal("cu.txt: not UTF-8: read as tcvn3", Assert.Single(warnings).ToString());
    }

    [Fact]
    public void A_forced_format_applies_to_every_file_and_folders_give_all_their_files()
    {
        using var tree = new TempTree();
        tree.Write("notes.md", "Ghi chú");
        tree.Write("a.jsonl", "{\"x\":1}");
        var (results, _, _) = Read(new ArticleInputs(Readers, new InputOptions { Format = ArticleFormat.Text }), tree.Root);
        Assert.Equal(["Text:a.jsonl", "Text:notes.md"], results.Select(r => r.Article!.Id));
    }

    [Fact]
    public void A_binary_file_is_an_error_and_reading_goes_on()
    {
        using var tree = new TempTree();
        var image = tree.Write("photo.txt", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, .. "JFIF"u8, 0, 1, 1, 0, 0, 1]);
        var next = tree.Write("next.jsonl", "{\"title\":\"Sau\"}");
        var (results, _, _) = Read(new ArticleInputs(Readers), image, next);
        Assert.Equal(["! photo.txt: binary file", "next.jsonl Sau"], results.Select(Show));
    }

    [Fact]
    public void A_whole_file_over_the_limit_is_an_error_but_dumps_stream_past_it()
    {
        using var tree = new TempTree();
        var text = tree.Write("big.txt", new string('a', 200));
        var dump = tree.Write("big.jsonl", string.Concat(Enumerable.Repeat("{\"title\":\"Tin\"}\n", 50)));
        var inputs = new ArticleInputs(Readers) { MaxWholeFileBytes = 100 };
        var (results, _, _) = Read(inputs, text, dump);
        Assert.Equal("! big.txt: larger than 100 bytes, the limit for a whole Text file", Show(results[0]));
        Assert.Equal(50, results.Count(r => r.Article is not null));
    }

    [Fact]
    public void A_format_without_a_reader_is_an_error()
    {
        using var tree = new TempTree();
        var page = tree.Write("a.html", "<p>x");
        var (results, _, _) = Read(new ArticleInputs([new JsonlArticleReader()]), page);
        Assert.Equal("! a.html: no reader for Html input (readers: Jsonl)", Show(Assert.Single(results)));
    }

    [Fact]
    public void A_file_that_cannot_be_opened_is_an_error_and_reading_goes_on()
    {
        using var tree = new TempTree();
        var locked = tree.Write("locked.jsonl", "{\"title\":\"x\"}");
        var open = tree.Write("open.jsonl", "{\"title\":\"Mở\"}");
        var inputs = new ArticleInputs(Readers)
        {
            OpenFile = path => path == locked ? throw new UnauthorizedAccessException("Access to the path is denied.") : File.OpenRead(path),
        };
        var (results, _, _) = Read(inputs, locked, open);
        Assert.Equal(["! locked.jsonl: cannot read: Access to the path is denied.", "open.jsonl Mở"], results.Select(Show));
    }

    [Fact]
    public void An_io_error_midway_keeps_the_records_read_before_it()
    {
        using var tree = new TempTree();
        var records = string.Concat(Enumerable.Range(0, 5000).Select(i => $"{{\"title\":\"Tin {i}\"}}\n"));
        var dump = tree.Write("dump.jsonl", records);
        Assert.True(records.Length > EncodingSniffer.SampleBytes);
        var inputs = new ArticleInputs(Readers) { OpenFile = path => new FailingStream(File.ReadAllBytes(path)) };
        var (results, summary, _) = Read(inputs, dump);
        Assert.Equal(5000, summary.Articles);
        Assert.Equal("! dump.jsonl: cannot read: Input/output error", Show(results[^1]));
    }

    [SkippableFact]
    public void A_file_without_read_permission_is_an_error()
    {
        Skip.If(OperatingSystem.IsWindows() || Environment.IsPrivilegedProcess, "file permissions do not stop root (or apply on Windows)");
        using var tree = new TempTree();
        var locked = tree.Write("locked.jsonl", "{\"title\":\"x\"}");
        tree.Lock(locked);
        var (results, _, _) = Read(new ArticleInputs(Readers), locked);
        Assert.StartsWith("! locked.jsonl: cannot read: ", Show(Assert.Single(results)));
    }

    [SkippableFact]
    public void A_folder_without_read_permission_is_an_error()
    {
        Skip.If(OperatingSystem.IsWindows() || Environment.IsPrivilegedProcess, "file permissions do not stop root (or apply on Windows)");
        using var tree = new TempTree();
        tree.Write("a/x.jsonl", "{\"title\":\"x\"}");
        tree.Write("b.jsonl", "{\"title\":\"B\"}");
        tree.Lock(tree.PathOf("a"));
        var (results, _, _) = Read(new ArticleInputs(Readers), tree.Root);
        Assert.StartsWith("! a/: cannot read folder: ", Show(results[0]));
        Assert.Equal("b.jsonl B", Show(results[1]));
    }

    [SkippableFact]
    public void A_folder_that_links_back_to_an_ancestor_is_an_error_not_a_loop()
    {
        Skip.If(OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");
        using var tree = new TempTree();
        tree.Write("a/x.jsonl", "{\"title\":\"X\"}");
        Directory.CreateSymbolicLink(tree.PathOf("a/loop"), tree.Root);
        tree.Write("b.jsonl", "{\"title\":\"B\"}");
        var (results, _, _) = Read(new ArticleInputs(Readers), tree.Root);
        Assert.Equal(3, results.Count);
        Assert.StartsWith("! a/loop/: folder loop: leads back to ", Show(results[0]));
        Assert.Equal(["a/x.jsonl X", "b.jsonl B"], results.Skip(1).Select(Show));
    }

    [SkippableFact]
    public void The_output_file_is_not_read_back_even_through_a_link()
    {
        Skip.If(OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");
        using var tree = new TempTree();
        tree.Write("a.jsonl", "{\"title\":\"A\"}");
        var output = tree.Write("out.jsonl", "{\"title\":\"written a moment ago\"}");
        File.CreateSymbolicLink(tree.PathOf("z.jsonl"), output);
        var inputs = new ArticleInputs(Readers, new InputOptions { OutputPath = RealPath.Of(output) });

        var (results, summary, _) = Read(inputs, tree.Root);
        Assert.Equal(["a.jsonl A", "! out.jsonl: is the output of this command; not read",
            "! z.jsonl: is the output of this command; not read"], results.Select(Show));
        Assert.Equal((1, 1, 2), (summary.Files, summary.Articles, summary.Skipped));

        var (named, _, _) = Read(inputs, output);
        Assert.Equal("! out.jsonl: is the output of this command; not read", Show(Assert.Single(named)));

        // Through a linked folder the path differs but the file is the same.
        Directory.CreateDirectory(tree.PathOf("sub"));
        Directory.CreateSymbolicLink(tree.PathOf("sub/linked"), tree.Root);
        var (linked, _, _) = Read(inputs, tree.PathOf("sub/linked"));
        Assert.Contains("! out.jsonl: is the output of this command; not read", linked.Select(Show));
        Assert.DoesNotContain(linked, r => r.Article?.Title == "written a moment ago");
    }

    [Fact]
    public void Warnings_are_passed_on_and_counted()
    {
        using var tree = new TempTree();
        var dump = tree.Write("d.jsonl", "{\"title\":\"T\",\"date\":\"không rõ\"}\nnot json\n");
        var (_, summary, warnings) = Read(new ArticleInputs(Readers), dump);
        Assert.Equal("d.jsonl:1: date 'không rõ' not understood; published left empty", Assert.Single(warnings).ToString());
        Assert.Equal("1 article from 1 file, 1 skipped, 1 warning", summary.ToString());
    }

    [Fact]
    public void A_stream_can_be_read_directly()
    {
        var inputs = new ArticleInputs(Readers);
        var results = inputs.Read(new MemoryStream("title,body\nA,B\n"u8.ToArray()), "upload.csv").ToList();
        Assert.Equal("upload.csv A", Show(Assert.Single(results)));
    }

    [Fact]
    public void Two_readers_for_one_format_are_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => new ArticleInputs([new JsonlArticleReader(), new JsonlArticleReader()]));
        Assert.StartsWith("Two readers for Jsonl: JsonlArticleReader and JsonlArticleReader.", e.Message);
    }
}
