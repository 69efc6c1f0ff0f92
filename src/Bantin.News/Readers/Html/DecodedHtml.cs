namespace Bantin.News.Readers.Html;

/// <summary>A page's text and how it was decoded: the charset used and, when it is worth reporting, why.</summary>
internal readonly record struct DecodedHtml(string Text, string Charset, string? Note);
