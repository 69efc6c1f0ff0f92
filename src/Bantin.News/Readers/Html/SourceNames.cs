namespace Bantin.News.Readers.Html;

/// <summary>
/// Publisher names for hosts without a site rule, as readers know them (og:site_name is often "TUOI TRE ONLINE" or
/// "Báo điện tử …"). Unknown hosts fall back to og:site_name, then to the host itself.
/// </summary>
internal static class SourceNames
{
    private static readonly Dictionary<string, string> Hosts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["tienphong.vn"] = "Tiền Phong", ["laodong.vn"] = "Lao Động", ["vov.vn"] = "VOV", ["vtv.vn"] = "VTV",
        ["plo.vn"] = "Pháp Luật TP.HCM", ["sggp.org.vn"] = "Sài Gòn Giải Phóng", ["vietnamplus.vn"] = "Vietnam+",
        ["baochinhphu.vn"] = "Báo Chính phủ", ["qdnd.vn"] = "Quân đội nhân dân", ["cand.com.vn"] = "Công an nhân dân",
        ["nhandan.vn"] = "Nhân Dân", ["hanoimoi.vn"] = "Hà Nội Mới", ["kenh14.vn"] = "Kênh 14", ["cafef.vn"] = "CafeF",
        ["vneconomy.vn"] = "VnEconomy", ["24h.com.vn"] = "24h", ["soha.vn"] = "Soha", ["baotintuc.vn"] = "Tin tức",
    };

    /// <summary>The publisher of a page: its rule, a known host, its own site name, or its host.</summary>
    public static string? Of(SiteRule? rule, string? url, string? siteName)
    {
        if (rule is not null) return rule.Source;
        string? host = url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri)
            ? uri.Host.ToLowerInvariant()
            : null;
        if (host is not null)
        {
            for (var h = host; h.Contains('.'); h = h[(h.IndexOf('.') + 1)..])
                if (Hosts.TryGetValue(h, out var name)) return name;
        }
        if (!string.IsNullOrWhiteSpace(siteName)) return siteName.Trim();
        return host is null ? null : host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }
}
