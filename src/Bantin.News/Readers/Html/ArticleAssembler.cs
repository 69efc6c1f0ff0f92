using Bantin.News.Dates;
using Bantin.News.Model;

namespace Bantin.News.Readers.Html;

/// <summary>
/// Turns a page's raw fields into an <see cref="Article"/>: normalizes every field, moves the source tag off the sapo
/// and the by-line and credits off the body, picks the date, and logs the repairs in field order.
/// </summary>
internal static class ArticleAssembler
{
    /// <summary>How much of a meta description must open the first paragraph for that paragraph to be the sapo.</summary>
    private const int LeadMatchChars = 60;

    public static Article? Build(
        RawArticle raw, PageMetadata meta, IReadOnlyList<Repair> pageRepairs, string file, out string? error)
    {
        error = null;
        var source = SourceNames.Of(raw.Rule, meta.Url, meta.SiteName);
        var title = FieldText.Of(raw.Title);
        var bareTitle = LeadCleaner.StripSiteSuffix(title.Text, source, meta.SiteName);
        if (bareTitle.Length > 0 && bareTitle != title.Text) title = title.WithText(bareTitle);

        var dates = new List<string>(raw.Dates);
        var body = BodyFilter.Paragraphs(raw.Body, dates);
        var sapo = FieldText.Of(raw.Sapo);
        if (sapo.Text.Length == 0) sapo = LeadFromBody(body, meta.Description);
        // Generic extraction often keeps the headline and the lead inside the content.
        body.RemoveAll(b => Same(b.Field.Text, title.Text) || Same(b.Field.Text, sapo.Text));
        var prefix = LeadCleaner.SourcePrefix(sapo.Text);
        string? sourceTag = null;
        if (prefix.Success && prefix.Length < sapo.Text.Length)
        {
            sourceTag = prefix.Value.Trim();
            sapo = sapo.WithText(sapo.Text[prefix.Length..]);
        }

        // The by-line: the template's element, else the end of the body, else the page's metadata or SmartReader's.
        var credits = raw.Credits.Select(FieldText.Of).Select(c => c.WithText(CreditPatterns.Clean(c.Text))).ToList();
        var author = TemplateAuthor(raw, credits);
        var (tailAuthor, tailCredits) = BylineFinder.Take(body, author?.Text);
        bool authorFromBody = author is null && tailAuthor is not null;
        author ??= tailAuthor ?? NameOrNull(meta.Author, source, meta.SiteName)
                   ?? NameOrNull(raw.AuthorFromTemplate ? null : raw.Author, source, meta.SiteName);

        if (body.Count == 0 && sapo.Text.Length == 0)
        {
            error = "no article text found (the page has no body paragraphs)";
            return null;
        }

        var log = new RepairLog();
        foreach (var repair in pageRepairs) log.Add(repair.Kind, repair.Text, repair.Offset);
        log.AddField(title);
        if (sourceTag is not null) log.Add("source-prefix", sourceTag, log.NextLineStart);
        log.AddField(sapo);
        foreach (var (field, _) in body) log.AddField(field);
        if (authorFromBody) log.Add("byline", author!.Raw.Trim(), log.NextLineStart);
        log.AddField(author);
        var creditTexts = new List<string>();
        foreach (var credit in credits.Concat(tailCredits))
        {
            if (credit.Text.Length == 0 || creditTexts.Contains(credit.Text)) continue;
            if (tailCredits.Contains(credit)) log.Add("credit", credit.Raw.Trim(), log.NextLineStart);
            log.AddField(credit);
            creditTexts.Add(credit.Text);
        }

        var paragraphs = body.Select(b => b.Field.Text).ToList();
        return new Article
        {
            Id = meta.Url is not null
                ? ArticleIds.FromUrl(meta.Url)
                : ArticleIds.FromContent(title.Text, sapo.Text, paragraphs),
            Url = meta.Url,
            Source = NormalizedOrNull(source),
            Category = NormalizedOrNull(raw.Category),
            Published = FirstDate(dates),
            Title = title.Text,
            Sapo = sapo.Text,
            Body = paragraphs,
            Author = author?.Text is { Length: > 0 } a ? a : null,
            Credits = creditTexts,
            Repairs = log.Repairs,
            File = file == "-" ? null : file, // stdin has no file name
        };
    }

    // A template's by-line element may carry credits too: "Hoàng Anh - Ảnh: Mạnh Quân".
    private static FieldText? TemplateAuthor(RawArticle raw, List<FieldText> credits)
    {
        if (!raw.AuthorFromTemplate || FieldText.Of(raw.Author ?? "") is not { Text.Length: > 0 } byline) return null;
        if (BylineFinder.SplitNameAndCredits(byline) is not { } split) return byline;
        credits.AddRange(split.Credits);
        return split.Name;
    }

    // No lead element: the first paragraph when it opens with a source tag or repeats the meta description, else the
    // meta description itself (publishers write it as the lead).
    private static FieldText LeadFromBody(List<(FieldText Field, HtmlParagraph Hint)> body, string? description)
    {
        var desc = FieldText.Of(description ?? "");
        if (body.Count == 0) return desc;
        var first = body[0].Field.Text;
        var opening = desc.Text.TrimEnd('.', '…', ' ');
        opening = opening[..Math.Min(opening.Length, LeadMatchChars)];
        bool isLead = LeadCleaner.SourcePrefix(first).Success
                      || (opening.Length > 0 && first.StartsWith(opening, StringComparison.Ordinal));
        if (!isLead) return desc;
        var lead = body[0].Field;
        body.RemoveAt(0);
        return lead;
    }

    private static FieldText? NameOrNull(string? text, string? source, string? siteName)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var field = FieldText.Of(text);
        // "VnExpress", "Báo Thanh Niên": the publisher is not a writer.
        if (Mentions(field.Text, source) || Mentions(field.Text, siteName)) return null;
        return BylineFinder.IsName(field.Text, default) ? field : null;
    }

    private static bool Mentions(string text, string? name) =>
        !string.IsNullOrWhiteSpace(name) && text.Contains(name.Trim(), StringComparison.OrdinalIgnoreCase);

    private static string? NormalizedOrNull(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : FieldText.Of(text).Text is { Length: > 0 } t ? t : null;

    private static DateTimeOffset? FirstDate(List<string> candidates)
    {
        foreach (var c in candidates)
            if (VietnameseDates.TryParse(c, out var date)) return date;
        return null;
    }

    private static bool Same(string a, string? b) =>
        b is not null && a.Length > 0 && string.Equals(a, b.Trim(), StringComparison.OrdinalIgnoreCase);
}
