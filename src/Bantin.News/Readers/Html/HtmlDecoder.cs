using System.Text;
using System.Text.RegularExpressions;
using Bantin.Text.Normalization;

namespace Bantin.News.Readers.Html;

/// <summary>
/// Turns a saved page's bytes into text: a byte-order mark wins, then the page's own <c>&lt;meta charset&gt;</c> or
/// <c>http-equiv</c> declaration, else UTF-8. Invalid bytes become U+FFFD; nothing throws.
/// </summary>
internal static partial class HtmlDecoder
{
    /// <summary>
    /// How far to look for a charset declaration. The HTML standard's prescan stops at 1024 bytes; Vietnamese portals
    /// put long heads (scripts, preloads, inline CSS) before the meta tag, and a bigger window costs nothing.
    /// </summary>
    public const int PrescanBytes = 8192;

    static HtmlDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance); // windows-1258, 1252, …

    public static DecodedHtml Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return Utf8(bytes[3..], null);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return new(Encoding.Unicode.GetString(bytes[2..]), "utf-16le", null);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return new(Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be", null);

        var declared = Declared(bytes[..Math.Min(bytes.Length, PrescanBytes)]);
        if (declared is null) return Utf8(bytes, null);
        var encoding = Find(declared);
        // The standard reads a declared UTF-16 in an 8-bit prescan as UTF-8: the declaration itself was ASCII.
        if (encoding is null || encoding is UTF8Encoding || encoding.CodePage is 1200 or 1201 or 12000 or 12001)
            return Utf8(bytes, encoding is null ? $"unknown charset '{declared}', read as UTF-8" : null);
        // Old Vietnamese pages often declare a Western charset over UTF-8 bytes; valid multi-byte UTF-8 is no accident.
        if (encoding.IsSingleByte && IsMultiByteUtf8(bytes))
            return Utf8(bytes, $"declared {declared} but the bytes are UTF-8");

        var text = encoding.GetString(bytes);
        // windows-1258 spells most tones as combining marks; composing here keeps them from counting as repairs later.
        if (encoding.CodePage == 1258 && !text.IsNormalized(NormalizationForm.FormC))
            text = text.Normalize(NormalizationForm.FormC);
        return new(text, encoding.WebName, $"decoded from {encoding.WebName}");
    }

    private static DecodedHtml Utf8(ReadOnlySpan<byte> bytes, string? note) =>
        new(Utf8Decoder.Decode(bytes, null), "utf-8", note);

    private static string? Declared(ReadOnlySpan<byte> head)
    {
        var m = MetaCharset().Match(Encoding.Latin1.GetString(head));
        return m.Success ? m.Groups[1].Value : null;
    }

    private static Encoding? Find(string name)
    {
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool IsMultiByteUtf8(ReadOnlySpan<byte> bytes) =>
        bytes.ContainsAnyExceptInRange((byte)0, (byte)0x7F) && System.Text.Unicode.Utf8.IsValid(bytes);

    // <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">, any attribute order.
    [GeneratedRegex(@"<meta\b[^>]*?\bcharset\s*=\s*[""']?\s*([A-Za-z0-9_:.\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();
}
