namespace Bantin.Search.Indexing;

/// <summary>The names of the index's fields (ARCHITECTURE.md's Article fields, plus what search needs).</summary>
public static class IndexFields
{
    /// <summary>The article id: indexed as one term, stored.</summary>
    public const string Id = "id";
    /// <summary>Analyzed (<see cref="Analysis.VietnameseAnalyzer"/>) and stored.</summary>
    public const string Title = "title", Sapo = "sapo", Body = "body";
    /// <summary>Keyword fields: one term each, stored, with doc values for facets.</summary>
    public const string Author = "author", Source = "source", Category = "category";
    /// <summary>Published time: <c>published</c> is a numeric field (Unix seconds) for ranges, with doc values for sorting; the stored value is ISO 8601.</summary>
    public const string Published = "published", PublishedText = "published_iso";
    /// <summary>The year of publication, for facets.</summary>
    public const string Year = "year";
    /// <summary>Stored only.</summary>
    public const string Url = "url", File = "file", Credits = "credits";
    /// <summary>The SimHash of the text (doc values), for near-duplicate detection across runs.</summary>
    public const string Fingerprint = "fingerprint";

    /// <summary>Text fields searched by default, with their weight.</summary>
    public static readonly IReadOnlyList<(string Field, float Boost)> Searched = [(Title, 3f), (Sapo, 1.5f), (Body, 1f)];

    /// <summary>Fields a <c>field:value</c> filter may name.</summary>
    public static readonly IReadOnlyList<string> Keywords = [Author, Source, Category];

    /// <summary>Fields with facet counts.</summary>
    public static readonly IReadOnlyList<string> Facets = [Source, Category, Author, Year];
}
