using System.Globalization;
using Bantin.News.Model;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace Bantin.Search.Indexing;

/// <summary>Builds the Lucene document of an article and reads an article back from stored fields.</summary>
public static class ArticleDocuments
{
    /// <summary>Longest id or keyword value (source, author, category) accepted, in characters.</summary>
    public const int MaxKeywordChars = 1_000;

    /// <summary>Publication years, and the dates of <c>from:</c>/<c>to:</c> filters, are in Vietnam time.</summary>
    public static readonly TimeSpan VietnamTime = TimeSpan.FromHours(7);

    /// <summary>The document of <paramref name="article"/>; ArgumentException when its id or a keyword is too long.</summary>
    public static Document Build(Article article, long fingerprint)
    {
        if (article.Id.Length is 0 or > MaxKeywordChars)
            throw new ArgumentException($"article id must be 1 to {MaxKeywordChars:N0} characters long (got {article.Id.Length:N0})");
        var doc = new Document
        {
            new StringField(IndexFields.Id, article.Id, Field.Store.YES),
            new TextField(IndexFields.Title, article.Title, Field.Store.YES),
            new TextField(IndexFields.Sapo, article.Sapo, Field.Store.YES),
            new TextField(IndexFields.Body, string.Join('\n', article.Body), Field.Store.YES),
            new NumericDocValuesField(IndexFields.Fingerprint, fingerprint),
        };
        Keyword(doc, IndexFields.Author, article.Author);
        Keyword(doc, IndexFields.Source, article.Source);
        Keyword(doc, IndexFields.Category, article.Category);
        if (article.Published is { } published)
        {
            long seconds = published.ToUnixTimeSeconds();
            doc.Add(new Int64Field(IndexFields.Published, seconds, Field.Store.NO));
            doc.Add(new NumericDocValuesField(IndexFields.Published, seconds));
            doc.Add(new StoredField(IndexFields.PublishedText, published.ToString("o", CultureInfo.InvariantCulture)));
            Keyword(doc, IndexFields.Year, published.ToOffset(VietnamTime).Year.ToString(CultureInfo.InvariantCulture));
        }
        if (article.Url is { } url) doc.Add(new StoredField(IndexFields.Url, url));
        if (article.File is { } file) doc.Add(new StoredField(IndexFields.File, file));
        foreach (var credit in article.Credits) doc.Add(new StoredField(IndexFields.Credits, credit));
        return doc;
    }

    private static void Keyword(Document doc, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        if (value.Length > MaxKeywordChars)
            throw new ArgumentException($"{field} must be at most {MaxKeywordChars:N0} characters long (got {value.Length:N0})");
        // Indexed in lower case (filters match whatever case the user types), stored and counted as written.
        doc.Add(new StringField(field, KeyOf(value), Field.Store.NO));
        doc.Add(new StoredField(field, value));
        doc.Add(new SortedSetDocValuesField(field, new BytesRef(value)));
    }

    /// <summary>The indexed term of a keyword value.</summary>
    public static string KeyOf(string value) => value.Trim().ToLowerInvariant();

    /// <summary>The article as stored (repairs are not stored).</summary>
    public static Article Read(Document doc)
    {
        var published = doc.Get(IndexFields.PublishedText);
        var body = doc.Get(IndexFields.Body) ?? "";
        return new Article
        {
            Id = doc.Get(IndexFields.Id) ?? "",
            Title = doc.Get(IndexFields.Title) ?? "",
            Sapo = doc.Get(IndexFields.Sapo) ?? "",
            Body = body.Length == 0 ? [] : body.Split('\n'),
            Author = doc.Get(IndexFields.Author),
            Source = doc.Get(IndexFields.Source),
            Category = doc.Get(IndexFields.Category),
            Url = doc.Get(IndexFields.Url),
            File = doc.Get(IndexFields.File),
            Credits = doc.GetValues(IndexFields.Credits) ?? [],
            Published = published is null ? null : DateTimeOffset.Parse(published, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
        };
    }
}
