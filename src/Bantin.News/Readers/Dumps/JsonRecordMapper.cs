using System.Text.Json;

namespace Bantin.News.Readers.Dumps;

/// <summary>
/// Fills a <see cref="DumpRecord"/> from a JSON object through a <see cref="FieldMapping"/>. Strings are taken as
/// they are, numbers as written (ids, Unix times), arrays of strings as paragraphs for the body and joined for the
/// other fields (authors with ", "); nulls, booleans and objects fill nothing.
/// </summary>
internal static class JsonRecordMapper
{
    /// <summary>Keys listed in the message for a record without text.</summary>
    private const int MaxKeysShown = 12;

    public static void Map(JsonElement obj, FieldMapping mapping, DumpRecord record)
    {
        foreach (var property in obj.EnumerateObject())
        {
            foreach (var (field, rank) in mapping.Find(property.Name))
            {
                var value = property.Value;
                switch (value.ValueKind)
                {
                    case JsonValueKind.String:
                        record.Set(field, rank, value.GetString());
                        break;
                    case JsonValueKind.Number:
                        record.Set(field, rank, value.GetRawText());
                        break;
                    case JsonValueKind.Array when field == DumpField.Body:
                        record.SetBody(rank, Strings(value));
                        break;
                    case JsonValueKind.Array:
                        record.Set(field, rank, string.Join(field is DumpField.Title or DumpField.Sapo ? " " : ", ", Strings(value)));
                        break;
                }
            }
        }
    }

    /// <summary>The object's keys, for an error message: "a, b, c" (the first <see cref="MaxKeysShown"/>).</summary>
    public static string Keys(JsonElement obj)
    {
        var keys = obj.EnumerateObject().Select(p => p.Name).Take(MaxKeysShown + 1).ToList();
        return keys.Count == 0 ? "none" : string.Join(", ", keys.Take(MaxKeysShown)) + (keys.Count > MaxKeysShown ? ", …" : "");
    }

    private static IEnumerable<string> Strings(JsonElement array) =>
        array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!);
}
