using System.Text;
using Bantin.News.Readers;
using Bantin.News.Readers.Inputs;

namespace Bantin.News.Tests.Dumps;

/// <summary>The fixture files of Cases/Dumps and small helpers to read dumps in tests.</summary>
internal static class DumpFixtures
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Cases", "Dumps", name);

    /// <summary>Reads a fixture through a streaming reader; warnings are collected.</summary>
    public static List<ReadResult> Read(IStreamingArticleReader reader, string name, List<ReadError>? warnings = null)
    {
        using var stream = File.OpenRead(PathOf(name));
        return [.. reader.Read(stream, name, warnings is null ? null : warnings.Add)];
    }

    /// <summary>Reads text given in the test (UTF-8) as the input <paramref name="name"/>.</summary>
    public static List<ReadResult> ReadText(IStreamingArticleReader reader, string text, string name = "t.jsonl", List<ReadError>? warnings = null) =>
        ReadBytes(reader, Encoding.UTF8.GetBytes(text), name, warnings);

    public static List<ReadResult> ReadBytes(IStreamingArticleReader reader, byte[] bytes, string name = "t.jsonl", List<ReadError>? warnings = null) =>
        [.. reader.Read(new MemoryStream(bytes), name, warnings is null ? null : warnings.Add)];

    public static string Errors(IEnumerable<ReadResult> results) =>
        string.Join("\n", results.Where(r => r.Error is not null).Select(r => r.Error!.ToString()));
}
