using System.Text.Json;

namespace Bantin.News.Tests.Html;

/// <summary>
/// A fixture's <c>*.expected.json</c>: the fields the reader must produce, plus <c>absent</c>, snippets of captions,
/// related boxes, players and comments that must appear in no text field.
/// </summary>
public sealed record ExpectedArticle(
    string? Url, string? Source, string? Category, string? Published, string Title, string Sapo,
    IReadOnlyList<string> Body, string? Author, IReadOnlyList<string> Credits, IReadOnlyList<string> Absent)
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public static ExpectedArticle Load(string htmlFile)
    {
        var path = HtmlFixtures.PathOf(Path.ChangeExtension(htmlFile, ".expected.json"));
        return JsonSerializer.Deserialize<ExpectedArticle>(File.ReadAllText(path), Options)
               ?? throw new InvalidDataException($"{path}: empty");
    }
}
