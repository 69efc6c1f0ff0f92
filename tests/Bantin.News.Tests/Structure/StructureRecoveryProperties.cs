using System.Text;
using Bantin.News.Structure;
using Bantin.Text.Normalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bantin.News.Tests.Structure;

/// <summary>
/// Structure recovery on random fused text built from the pieces its rules look at (glued punctuation, quotes,
/// brackets, dashes, dates, acronyms, credit labels, function words, no-break spaces, combining marks): it never throws,
/// and every repair points into the text it was given.
/// </summary>
public class StructureRecoveryProperties
{
    private static readonly string[] Pieces =
    [
        "Tiêu đề bài báo", "Việt Nam", "ôtô Minsk", "Liên doanh", " ", "  ", "\u00A0", ".", "?", "!", "…", "...", ",", ":",
        ";", "\"", "“", "”", "'", "(", ")", "-", "–", "- ", "2021", "24/6", "4-2", "3.500", "1,8", "15h30", "%", "UBND",
        "TAND", "TP.HCM", "TP.", "Q.1", "B.", "Ảnh: Rubi", "(Video: VTV)", "Video:", "Theo Reuters", "Minh Anh", "tại",
        "của", "hiện tại", "Tamiflu", "iPhone", "VinFast", "e\u0301", "\u0323", "l iên", "\u200B", "\n", "ở", "A", "x",
        ".vn", "Đ", "\uD800",
    ];

    private static Arbitrary<string> Fused() =>
        Gen.Elements(Pieces).ArrayOf().Select(parts => string.Concat(parts)).ToArbitrary();

    [Property(MaxTest = 1000)]
    public Property Random_fused_text_reads_without_error_and_repairs_point_into_it() => Prop.ForAll(Fused(), raw =>
    {
        var r = StructureRecovery.Recover(raw);
        return r.Body is not null && r.Credits is not null
               && r.Repairs.All(x => x.Offset >= 0 && x.Offset <= raw.Length);
    });

    [Property(MaxTest = 1000)]
    public Property No_letter_or_digit_is_lost() => Prop.ForAll(Fused(), raw =>
    {
        var r = StructureRecovery.Recover(raw);
        var output = string.Join(" ", new[] { r.Title, r.Sapo }.Concat(r.Body).Append(r.Author ?? "").Concat(r.Credits));
        return Letters(raw) == Letters(output);
    });

    // The letters and digits, folded and sorted: what no reading may drop or invent, whatever order the fields take.
    private static string Letters(string text)
    {
        var valid = new string(text.Select(c => char.IsSurrogate(c) ? '\uFFFD' : c).ToArray()); // the pieces pair no surrogates
        var folded = DiacriticFolder.Fold(valid.Normalize(NormalizationForm.FormC)).ToLowerInvariant();
        var chars = folded.Where(char.IsLetterOrDigit).ToArray();
        Array.Sort(chars);
        return new string(chars);
    }
}
