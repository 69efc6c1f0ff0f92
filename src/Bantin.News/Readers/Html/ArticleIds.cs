using System.Security.Cryptography;
using System.Text;

namespace Bantin.News.Readers.Html;

/// <summary>
/// Stable ids: the first 16 hex digits (64 bits) of the SHA-256 of the canonical URL, so the same page read twice or
/// from two saves gets the same id; of the title, sapo and body when the page names no URL.
/// </summary>
internal static class ArticleIds
{
    public static string FromUrl(string url) => Hash(url.Trim());

    public static string FromContent(string title, string sapo, IReadOnlyList<string> body) =>
        Hash(title + "\n" + sapo + "\n" + string.Join("\n", body));

    private static string Hash(string text)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), digest);
        return Convert.ToHexStringLower(digest[..8]);
    }
}
