namespace Bantin.News.Readers.Html;

/// <summary>
/// One block of text from the page, whitespace collapsed, with the hints the by-line finder needs: whether all of it
/// is a link (a related-story line), all emphasised (a by-line in bold) or right-aligned (where by-lines sit).
/// </summary>
internal readonly record struct HtmlParagraph(string Text, bool AllLink, bool AllEmphasis, bool RightAligned);
