using System.Text.RegularExpressions;
using Bantin.News.Dates;

namespace Bantin.News.Readers.Html;

/// <summary>
/// Normalizes body paragraphs and drops what survived the cleaner but is not text: "read more" lines, related-story
/// links, and the page's date line, which it hands back as a date candidate.
/// </summary>
internal static partial class BodyFilter
{
    /// <summary>A paragraph that is all link and shorter than this is a related-story line, not text.</summary>
    public const int MaxLinkLineChars = 300;

    public static List<(FieldText Field, HtmlParagraph Hint)> Paragraphs(IReadOnlyList<HtmlParagraph> raw, List<string> dates)
    {
        var body = new List<(FieldText Field, HtmlParagraph Hint)>(raw.Count);
        foreach (var p in raw)
        {
            var field = FieldText.Of(p.Text);
            if (field.Text.Length == 0 || (p.AllLink && field.Text.Length < MaxLinkLineChars) || ReadMore().IsMatch(field.Text))
                continue;
            // A paragraph that is nothing but a date ("Cập nhật: 30/08/2004 09:45") is the page's date line.
            if (VietnameseDates.TryParse(field.Text, out _)) dates.Add(field.Text);
            else body.Add((field, p));
        }
        return body;
    }

    [GeneratedRegex(@"^(?:>>\s*)?(?:xem thêm|đọc thêm|xem tiếp|tin liên quan|bài liên quan|tin cùng chuyên mục|>>"
                    + @"|mời (?:quý )?(?:độc giả|bạn đọc)\b.{0,80}\b(?:xem|theo dõi|đón đọc|bình luận|gửi))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReadMore();
}
