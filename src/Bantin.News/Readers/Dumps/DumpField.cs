namespace Bantin.News.Readers.Dumps;

/// <summary>The article fields a dump's columns or keys can fill (see <see cref="FieldMapping"/>).</summary>
public enum DumpField
{
    Id,
    Title,
    Sapo,
    Body,
    Author,
    Url,
    Published,
    Category,
    Source,
}
