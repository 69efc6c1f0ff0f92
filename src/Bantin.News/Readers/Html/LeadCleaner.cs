using System.Text.RegularExpressions;

namespace Bantin.News.Readers.Html;

/// <summary>
/// Takes off what outlets glue to a lead or a title: the source tag opening a sapo ("(Dân trí) - ", "TTO - ",
/// "(NLĐO) - ") and the site name closing a &lt;title&gt; or og:title ("… - VnExpress", "… | Báo Thanh Niên").
/// </summary>
internal static partial class LeadCleaner
{
    /// <summary>The source tag at the start of a sapo, or an empty match.</summary>
    public static Match SourcePrefix(string sapo) => Prefix().Match(sapo);

    /// <summary>The title without a trailing " - Site" when Site is one of the page's names for itself.</summary>
    public static string StripSiteSuffix(string title, params ReadOnlySpan<string?> names)
    {
        var m = Suffix().Match(title);
        if (!m.Success) return title;
        var tail = m.Groups["site"].Value;
        foreach (var name in names)
        {
            if (string.IsNullOrWhiteSpace(name)) continue;
            bool same = tail.Contains(name.Trim(), StringComparison.OrdinalIgnoreCase)
                        || name.Contains(tail, StringComparison.OrdinalIgnoreCase);
            if (same) return title[..m.Index].TrimEnd();
        }
        return title;
    }

    // "(Dân trí) - ", "(VTC News) – ", "(NLĐO)- ", "TTO - ", "TNO - ", "VOV.VN - ": a short tag, then a dash or colon.
    [GeneratedRegex(@"^\s*(?:\([^()]{2,30}\)\s*[-–—:]|(?:TTO|TNO|NLĐO|PLO|TPO|SGGPO|ANTĐ|VOV\.VN|VTV\.vn|GDVN|DNVN|Zing)\s*[-–—:])\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Prefix();

    [GeneratedRegex(@"\s+[-–|]\s+(?<site>[^-–|]{2,60})$", RegexOptions.CultureInvariant)]
    private static partial Regex Suffix();
}
