using System.Security.Cryptography;
using System.Text;

namespace Bantin.News.Model;

/// <summary>
/// Stable ids for articles that bring none: the first 16 hex digits (64 bits) of a SHA-256. Every reader uses the same
/// content hash, so one article read from fused text, a dump or a page without URL gets one id.
/// </summary>
internal static class ArticleIds
{
    /// <summary>A page's id: its canonical URL hashed.</summary>
    public static string FromUrl(string url) => Hash(url.Trim());

    /// <summary>The hash of the normalized title, sapo and paragraphs joined by line feeds.</summary>
    public static string FromContent(string title, string sapo, IReadOnlyList<string> body)
    {
        var text = new StringBuilder(title.Length + sapo.Length + 2 + body.Sum(p => p.Length + 1));
        text.Append(title).Append('\n').Append(sapo);
        foreach (var paragraph in body) text.Append('\n').Append(paragraph);
        return Hash(text.ToString());
    }

    private static string Hash(string text)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), digest);
        return Convert.ToHexStringLower(digest[..8]);
    }
}
