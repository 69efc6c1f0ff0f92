namespace Bantin.Text.Tokens;

/// <summary>
/// The pre-tokenizer: splits normalized (NFC) text into syllables, foreign words, numbers, dates, times, amounts, URLs,
/// e-mails, hashtags, mentions, abbreviations, punctuation, symbols and emoji. Offsets are UTF-16 indices; tokens plus the
/// whitespace between them rebuild the input exactly. A period is split from the word before it unless it belongs to a
/// number, a domain, an e-mail, a listed abbreviation or an upper-case acronym chain, so <c>Bộ Ngoại giao.Hai nước</c>
/// (paragraph breaks lost) still shows its sentence boundary while <c>TP.HCM</c> and <c>v.v.</c> stay whole.
/// Thread-safe and allocation-free per token.
/// </summary>
public static class Tokenizer
{
    /// <summary>Enumerates the tokens of <paramref name="text"/> lazily; nothing is allocated.</summary>
    public static TokenEnumerator Enumerate(ReadOnlySpan<char> text) => new(text);

    /// <summary>All tokens of <paramref name="text"/>.</summary>
    public static Token[] Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(text.Length / 4 + 1); // Vietnamese news averages ~4.5 chars a token with its space
        foreach (var token in Enumerate(text)) tokens.Add(token);
        return tokens.ToArray();
    }
}
