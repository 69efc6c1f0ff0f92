namespace Bantin.News.Readers.Dumps;

/// <summary>
/// Which keys (JSONL) or columns (CSV) of a dump fill which article field. Each field has candidate names, matched
/// without regard to case; the first candidate present with a non-empty value wins. <see cref="Default"/> knows the
/// common names; <see cref="With(string)"/> changes one field (<c>body=content_text</c>, <c>published=pubDate,updated</c>).
/// Immutable and thread-safe.
/// </summary>
public sealed class FieldMapping
{
    /// <summary>The usual names of news dumps and crawlers.</summary>
    public static FieldMapping Default { get; } = new(new Dictionary<DumpField, string[]>
    {
        [DumpField.Id] = ["id", "_id", "doc_id", "article_id", "guid"],
        [DumpField.Title] = ["title", "headline"],
        [DumpField.Sapo] = ["sapo", "description", "abstract", "lead", "summary"],
        [DumpField.Body] = ["body", "content", "text"],
        [DumpField.Author] = ["author", "byline", "authors"],
        [DumpField.Url] = ["url", "link"],
        [DumpField.Published] = ["date", "published", "published_at", "publish_date", "time", "pubdate", "datetime"],
        [DumpField.Category] = ["category", "section"],
        [DumpField.Source] = ["source", "site"],
    });

    // The field names accepted in a mapping spec; "date" is what dumps and users often call the published time.
    private static readonly Dictionary<string, DumpField> FieldNames = BuildFieldNames();

    private readonly Dictionary<DumpField, string[]> _names;
    private readonly Dictionary<string, (DumpField Field, int Rank)[]> _byKey = new(StringComparer.OrdinalIgnoreCase);

    private FieldMapping(Dictionary<DumpField, string[]> names)
    {
        _names = names;
        foreach (var (field, candidates) in names)
            for (int rank = 0; rank < candidates.Length; rank++)
            {
                var hit = (field, rank);
                _byKey[candidates[rank]] = _byKey.TryGetValue(candidates[rank], out var hits) ? [.. hits, hit] : [hit];
            }
    }

    /// <summary>The candidate names of <paramref name="field"/>, in order of preference.</summary>
    public IReadOnlyList<string> NamesOf(DumpField field) => _names.TryGetValue(field, out var names) ? names : [];

    /// <summary>
    /// A mapping where <paramref name="field"/> is filled from <paramref name="names"/> only (none: never filled).
    /// Those names stop filling any other field, so <c>sapo=body</c> does not also fill the body from "body".
    /// </summary>
    public FieldMapping With(DumpField field, params IEnumerable<string> names)
    {
        var taken = names.Select(n => n.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        var copy = _names.ToDictionary(
            p => p.Key,
            p => p.Value.Where(n => !taken.Contains(n, StringComparer.OrdinalIgnoreCase)).ToArray());
        copy[field] = taken;
        return new FieldMapping(copy);
    }

    /// <summary>
    /// Applies a spec <c>field=name[,name…]</c>: field is one of id, title, sapo, body, author, url, published (or
    /// date), category, source. Throws <see cref="FormatException"/> with the accepted fields when it is not one.
    /// </summary>
    public FieldMapping With(string spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        int eq = spec.IndexOf('=');
        if (eq <= 0)
            throw new FormatException($"Mapping '{spec}' is not field=name (e.g. body=content_text). Fields: {FieldList}.");
        var fieldName = spec[..eq].Trim();
        if (!FieldNames.TryGetValue(fieldName, out var field))
            throw new FormatException($"Unknown field '{fieldName}' in mapping '{spec}'. Fields: {FieldList}.");
        return With(field, spec[(eq + 1)..].Split(','));
    }

    /// <summary><see cref="Default"/> with each spec applied in turn (see <see cref="With(string)"/>).</summary>
    public static FieldMapping Parse(IEnumerable<string> specs) => specs.Aggregate(Default, (mapping, spec) => mapping.With(spec));

    /// <summary>The fields <paramref name="key"/> fills, with its rank among each field's candidates (0 = preferred).</summary>
    internal ReadOnlySpan<(DumpField Field, int Rank)> Find(string key) => _byKey.TryGetValue(key, out var hits) ? hits : default;

    /// <summary>The candidate names of the text fields, for messages about records without text.</summary>
    internal string TextNames =>
        string.Join(", ", new[] { DumpField.Title, DumpField.Sapo, DumpField.Body }.SelectMany(NamesOf));

    private static string FieldList => string.Join(", ", Enum.GetNames<DumpField>().Select(n => n.ToLowerInvariant()));

    private static Dictionary<string, DumpField> BuildFieldNames()
    {
        var names = Enum.GetValues<DumpField>().ToDictionary(f => f.ToString(), f => f, StringComparer.OrdinalIgnoreCase);
        names["date"] = DumpField.Published;
        return names;
    }
}
