using System.Text.RegularExpressions;

namespace Bantin.News.Readers.Html;

/// <summary>
/// Takes the by-line and credits off the end of the body, where Vietnamese pages put them: a short name in bold or
/// right-aligned ("Trọng Giáp"), credit lines ("Ảnh: Reuters", "Theo TTXVN"), both in one line
/// ("Hoàng Anh - Ảnh: Mạnh Quân"), or a credit in parentheses closing the last paragraph.
/// </summary>
internal static partial class BylineFinder
{
    /// <summary>How many closing paragraphs can be a by-line or a credit; more than that are text.</summary>
    public const int MaxTailParagraphs = 4;

    /// <summary>A by-line is a name or a few names: longer lines are text.</summary>
    public const int MaxNameChars = 60;

    /// <summary>Most credits one by-line carries ("Hoàng Anh - Ảnh: A - Video: B - Đồ họa: C").</summary>
    private const int MaxCredits = 8;

    private const int MaxNameWords = 8;

    /// <summary>The by-line and credits found; <paramref name="body"/> loses them.</summary>
    public static (FieldText? Author, List<FieldText> Credits) Take(
        List<(FieldText Field, HtmlParagraph Hint)> body, string? knownAuthor)
    {
        FieldText? author = null;
        var credits = new List<FieldText>();
        for (int taken = 0; taken < MaxTailParagraphs && body.Count > 0; taken++)
        {
            var (field, hint) = body[^1];
            if (CreditPatterns.IsCredit(field.Text))
            {
                credits.Insert(0, field.WithText(CreditPatterns.Clean(field.Text)));
            }
            else if (author is null && IsName(field.Text, hint) && (knownAuthor is null || Same(field.Text, knownAuthor)))
            {
                author = field;
            }
            else if (author is null && knownAuthor is null && SplitNameAndCredits(field) is { } split)
            {
                author = split.Name;
                credits.InsertRange(0, split.Credits);
            }
            else
            {
                TakeTrailingCredit(body, credits);
                break;
            }
            body.RemoveAt(body.Count - 1);
        }
        return (author, credits);
    }

    /// <summary>Splits a by-line element's text ("Hoàng Anh - Ảnh: Reuters") into the name and the credits.</summary>
    public static (FieldText Name, List<FieldText> Credits)? SplitNameAndCredits(FieldText field)
    {
        // A line longer than a name and the most credits a by-line carries is none (and would cost a split per piece).
        if (field.Text.Length > MaxNameChars + MaxCredits * (CreditPatterns.MaxCreditChars + 3)) return null;
        var m = NameThenCredits().Match(field.Text);
        if (!m.Success) return null;
        var (name, rest) = field.SplitAt(m.Groups["sep"].Index);
        if (!IsName(name.Text, default)) return null;
        var credits = new List<FieldText>();
        // Each further separator may start another credit: "Hoàng Anh - Ảnh: A - Video: B".
        while (rest.Text.Length > 0)
        {
            int start = rest.Text.Length - rest.Text.TrimStart('-', '–', '|', ',', ' ').Length;
            if (start > 0) rest = rest.SplitAt(start).Tail;
            var next = Separator().Match(rest.Text);
            var (credit, after) = next.Success ? rest.SplitAt(next.Index) : (rest, null);
            credits.Add(credit.WithText(CreditPatterns.Clean(credit.Text)));
            if (credits.Count > MaxCredits || !CreditPatterns.IsCredit(credits[^1].Text)) return null;
            if (after is null) break;
            rest = after;
        }
        return (name, credits);
    }

    public static bool IsName(string text, HtmlParagraph hint)
    {
        if (text.Length is 0 or > MaxNameChars || text.Any(char.IsDigit)) return false;
        if (".!?:;\"“”".Contains(text[^1])) return false;
        int words = 0;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word is "-" or "–" or "&" or "và" or ",") continue;
            if (!char.IsUpper(word[0])) return false;
            words++;
        }
        return words is > 0 and <= MaxNameWords && (hint.AllEmphasis || hint.RightAligned || words <= 4);
    }

    private static bool Same(string a, string b) =>
        string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    // "… đã kết thúc. (Theo TTXVN)": the credit leaves the paragraph, the paragraph stays.
    private static void TakeTrailingCredit(List<(FieldText Field, HtmlParagraph Hint)> body, List<FieldText> credits)
    {
        var (field, hint) = body[^1];
        var m = CreditPatterns.TrailingCredit(field.Text);
        if (!m.Success || m.Index == 0) return;
        var (head, tail) = field.SplitAt(m.Index);
        credits.Insert(0, tail.WithText(CreditPatterns.Clean(tail.Text)));
        body[^1] = (head, hint);
    }

    [GeneratedRegex(@"^[^-–|:]+?(?<sep>\s+[-–|]\s+|,\s+)(?=\S+(?:\s+\S+){0,2}\s*:)", RegexOptions.CultureInvariant)]
    private static partial Regex NameThenCredits();

    [GeneratedRegex(@"\s+[-–|]\s+")]
    private static partial Regex Separator();
}
