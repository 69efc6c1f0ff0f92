using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Bantin.News.Model;

namespace Bantin.News.Json;

/// <summary>The Article JSON of ARCHITECTURE.md: one object per line in JSONL, field names in lower case.</summary>
public static class ArticleJson
{
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(Utf8JsonWriter w, Article a)
    {
        w.WriteStartObject();
        w.WriteString("id", a.Id);
        WriteNullable(w, "url", a.Url);
        WriteNullable(w, "source", a.Source);
        WriteNullable(w, "category", a.Category);
        if (a.Published is { } p) w.WriteString("published", p.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        else w.WriteNull("published");
        w.WriteString("title", a.Title);
        w.WriteString("sapo", a.Sapo);
        w.WriteStartArray("body");
        foreach (var para in a.Body) w.WriteStringValue(para);
        w.WriteEndArray();
        WriteNullable(w, "author", a.Author);
        w.WriteStartArray("credits");
        foreach (var c in a.Credits) w.WriteStringValue(c);
        w.WriteEndArray();
        w.WriteStartArray("repairs");
        foreach (var r in a.Repairs)
        {
            w.WriteStartObject();
            w.WriteString("kind", r.Kind);
            w.WriteString("text", r.Text);
            w.WriteNumber("offset", r.Offset);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        if (a.File is not null) w.WriteString("file", a.File);
        w.WriteEndObject();
    }

    public static string Serialize(Article a)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, WriterOptions)) Write(w, a);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, value);
    }
}
