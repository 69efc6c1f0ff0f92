using System.Collections.Frozen;

namespace Bantin.Text.Tokens;

/// <summary>URLs, bare domains, e-mail addresses, hashtags and mentions.</summary>
internal static class NetScanner
{
    // A bare domain needs one of these as its last label, so a sentence glued after a word (giao.Hai) is never a domain.
    // Lower case only: upper-case after a period is a new sentence, not a domain.
    private static readonly FrozenSet<string> TopLevelDomains = FrozenSet.Create(StringComparer.Ordinal,
        "vn", "com", "net", "org", "edu", "gov", "info", "biz", "io", "co", "uk", "us", "jp", "cn", "kr", "fr", "de",
        "ru", "au", "sg", "th", "la", "kh", "tw", "hk", "eu", "ca", "asia", "app", "dev", "ai", "me", "tv", "xyz",
        "online", "site", "top", "news", "blog", "int", "mil");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Tld =
        TopLevelDomains.GetAlternateLookup<ReadOnlySpan<char>>();

    private const int MaxLocalPart = 64;     // RFC 5321 limit; also bounds the look-ahead for '@' after every word
    private const int MaxDomainLength = 253; // RFC 1035 limit; bounds the look-ahead over dotted words

    /// <summary>
    /// An e-mail address or a URL starting at <paramref name="start"/> (an ASCII word ending at <paramref name="wordEnd"/>):
    /// <c>a.b@c.vn</c>, <c>https://x.vn/a</c>, <c>www.x.vn</c>, <c>vnexpress.net/a.html</c>.
    /// </summary>
    public static bool TryScan(ReadOnlySpan<char> text, int start, int wordEnd, out int end, out TokenKind kind)
    {
        kind = TokenKind.Url;
        if (text[wordEnd] == ':' && IsScheme(text[start..wordEnd]) && text[(wordEnd + 1)..].StartsWith("//"))
        {
            int hostEnd = HostEnd(text, wordEnd + 3);
            if (hostEnd > wordEnd + 3)
            {
                end = TailEnd(text, hostEnd);
                return true;
            }
        }

        int at = start;
        while (at < text.Length && at - start < MaxLocalPart && IsLocalChar(text[at])) at++;
        if (at > start && at < text.Length && text[at] == '@' && text[at - 1] != '.')
        {
            end = DomainEnd(text, at + 1, anyTld: true);
            kind = TokenKind.Email;
            if (end > 0) return true;
        }

        kind = TokenKind.Url;
        bool www = text[start..wordEnd].Equals("www", StringComparison.OrdinalIgnoreCase);
        end = DomainEnd(text, start, anyTld: www);
        if (end < 0) return false;
        end = TailEnd(text, end);
        return true;
    }

    /// <summary><c>#bantin</c>: a word with at least one letter after '#'; -1 otherwise.</summary>
    public static int Hashtag(ReadOnlySpan<char> text, int start)
    {
        int i = start + 1;
        bool letter = false;
        while (i < text.Length && IsNameChar(text[i]))
            letter |= CharTable.Is(text[i++], CharFlags.Letter);
        return letter ? i : -1;
    }

    /// <summary><c>@user</c>, <c>@a.b</c>, <c>@Tùng</c>: a name after '@'; -1 when none follows.</summary>
    public static int Mention(ReadOnlySpan<char> text, int start)
    {
        int i = start + 1;
        while (i < text.Length && (IsNameChar(text[i]) || (text[i] == '.' && i + 1 < text.Length && IsNameChar(text[i + 1]))))
            i++;
        return i > start + 1 ? i : -1;
    }

    private static bool IsNameChar(char c) => CharTable.Is(c, CharFlags.Word) || c == '_';

    private static bool IsScheme(ReadOnlySpan<char> word) =>
        word.Equals("http", StringComparison.OrdinalIgnoreCase) || word.Equals("https", StringComparison.OrdinalIgnoreCase)
        || word.Equals("ftp", StringComparison.OrdinalIgnoreCase);

    private static bool IsLocalChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';

    private static bool IsLabelChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '-';

    /// <summary>
    /// End of the longest dotted run of at least two labels from <paramref name="start"/> whose last label is a known
    /// top-level domain (any lower-case label of two letters or more when <paramref name="anyTld"/>) and is not followed
    /// by more word characters.
    /// </summary>
    private static int DomainEnd(ReadOnlySpan<char> text, int start, bool anyTld)
    {
        int best = -1, labels = 0, i = start;
        while (i - start < MaxDomainLength)
        {
            int labelStart = i;
            while (i < text.Length && i - start < MaxDomainLength && IsLabelChar(text[i])) i++;
            if (i == labelStart) break;
            var label = text[labelStart..i];
            if (++labels >= 2 && !CharTable.IsWordAt(text, i) && (anyTld ? IsLowerLetters(label) : Tld.Contains(label)))
                best = i;
            if (i + 1 < text.Length && text[i] == '.' && IsLabelChar(text[i + 1])) i++;
            else break;
        }
        return best;
    }

    private static bool IsLowerLetters(ReadOnlySpan<char> label) => label.Length >= 2 && CharTable.AllInRange(label, 'a', 'z');

    /// <summary>Host after a scheme: any dotted labels (an IP address, any top-level domain), less a final period.</summary>
    private static int HostEnd(ReadOnlySpan<char> text, int i)
    {
        int start = i;
        while (i < text.Length && i - start < MaxDomainLength && (IsLabelChar(text[i]) || text[i] == '.')) i++;
        while (i > start && text[i - 1] == '.') i--;
        return i;
    }

    /// <summary>Port, path, query and fragment when one starts at <paramref name="i"/>.</summary>
    private static int TailEnd(ReadOnlySpan<char> text, int i)
    {
        bool tail = i < text.Length && (text[i] is '/' or '?' or '#' || (text[i] == ':' && CharTable.IsDigitAt(text, i + 1)));
        return tail ? UrlTailEnd(text, i) : i;
    }

    /// <summary>Path, query and fragment: up to whitespace or a quote; trailing punctuation is left to the sentence.</summary>
    private static int UrlTailEnd(ReadOnlySpan<char> text, int i)
    {
        int start = i;
        while (i < text.Length && IsUrlChar(text[i])) i++;
        // A closing bracket belongs to the URL only when the URL opened it: (xem https://x.vn/a_(b)).
        var url = text[start..i];
        int parens = url.Count('(') - url.Count(')'), brackets = url.Count('[') - url.Count(']');
        while (i > start)
        {
            char last = text[i - 1];
            if (last is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '*') i--;
            else if (last == ')' && parens < 0) { i--; parens++; }
            else if (last == ']' && brackets < 0) { i--; brackets++; }
            else break;
        }
        return i;
    }

    private static bool IsUrlChar(char c) =>
        c < 0x80 ? c > ' ' && c is not ('<' or '>' or '"' or '{' or '}' or '|' or '\\' or '^' or '`') && c != 0x7F
                 : CharTable.Is(c, CharFlags.Word);
}
