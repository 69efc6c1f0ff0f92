using System.Text.RegularExpressions;

namespace Bantin.News.Readers.Html;

/// <summary>
/// What a credit looks like on Vietnamese news pages: a label and a colon ("Ảnh: Reuters", "Video: VTV",
/// "Nguồn: Bộ Y tế", "Bài và ảnh: Hoàng Anh"), or "Theo" and a short publisher name ("Theo TTXVN", "(Theo Reuters)").
/// Patterns run on normalized (NFC) text.
/// </summary>
internal static partial class CreditPatterns
{
    /// <summary>Longer than this, a line that starts like a credit is a sentence ("Theo Bộ Y tế, hôm qua …").</summary>
    public const int MaxCreditChars = 120;

    public static bool IsCredit(string text) =>
        text.Length <= MaxCreditChars && (Labelled().IsMatch(text) || Theo().IsMatch(text));

    /// <summary>"Theo TTXVN" from "(Theo TTXVN)." — the parentheses and final period a page wraps credits in.</summary>
    public static string Clean(string credit)
    {
        var s = credit.Trim();
        if (s.EndsWith(").", StringComparison.Ordinal)) s = s[..^1];
        if (s.StartsWith('(') && s.EndsWith(')')) s = s[1..^1].Trim();
        return s;
    }

    /// <summary>A credit in parentheses closing the last paragraph: "… đã kết thúc. (Theo TTXVN)".</summary>
    public static Match TrailingCredit(string text) => Trailing().Match(text);

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"^\(?\s*(?:ảnh|hình|hình ảnh|video|clip|đồ họa|đồ hoạ|infographic|nguồn|bài và ảnh|bài, ảnh|bài - ảnh|bài và video|thực hiện|trình bày|thiết kế|tổng hợp|biên dịch|lược dịch|dịch|biên tập|clip và ảnh)\s*:\s*\S", Options)]
    private static partial Regex Labelled();

    // "Theo" and a publisher: a capitalised first word, at most five more, a comma only before another capitalised
    // word ("Theo Reuters, AFP", "Theo Thông tấn xã Việt Nam"); "Theo Bộ Y tế, dịch đã giảm" is a sentence.
    private const string Publisher =
        @"(?:[Tt]heo|[Nn]guồn)\s+[\p{Lu}\d][^\s(),;:!?]*(?:\s+[^\s(),;:!?]+|,\s*[\p{Lu}\d][^\s(),;:!?]*){0,5}";

    [GeneratedRegex(@"^(?:\(\s*" + Publisher + @"\s*\)\.?|" + Publisher + ")$", RegexOptions.CultureInvariant)]
    private static partial Regex Theo();

    [GeneratedRegex(@"\s*\(\s*(?:Theo|Nguồn|Ảnh|Video)\b[^()]{1,80}\)\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex Trailing();
}
