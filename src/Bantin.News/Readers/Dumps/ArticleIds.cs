using System.Security.Cryptography;
using System.Text;

namespace Bantin.News.Readers.Dumps;

/// <summary>Ids for records that bring none: a hash of the normalized text, so the same article gets the same id on every run.</summary>
internal static class ArticleIds
{
    /// <summary>The first 64 bits of SHA-256 over title, sapo and paragraphs joined by line feeds, in lower-case hex.</summary>
    public static string FromContent(string title, string sapo, IReadOnlyList<string> body)
    {
        var text = new StringBuilder(title.Length + sapo.Length + 2 + body.Sum(p => p.Length + 1));
        text.Append(title).Append('\n').Append(sapo);
        foreach (var paragraph in body) text.Append('\n').Append(paragraph);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()), hash);
        return Convert.ToHexStringLower(hash[..8]);
    }
}
