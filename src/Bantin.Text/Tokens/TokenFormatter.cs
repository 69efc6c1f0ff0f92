using System.Text;

namespace Bantin.Text.Tokens;

/// <summary>
/// A readable one-line form of tokens, used by <c>bantin tokens</c> and the case files: syllables bare, every other
/// token as <c>[text]Kind</c>, one space apart (<c>Giá vàng [SJC]Abbreviation sáng [12/6]Date</c>).
/// </summary>
public static class TokenFormatter
{
    public static string Format(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length + text.Length / 2);
        foreach (var token in Tokenizer.Enumerate(text)) Append(sb, text, token);
        return sb.ToString();
    }

    public static string Format(string text, IEnumerable<Token> tokens)
    {
        var sb = new StringBuilder(text.Length + text.Length / 2);
        foreach (var token in tokens) Append(sb, text, token);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, string text, Token token)
    {
        if (sb.Length > 0) sb.Append(' ');
        var word = text.AsSpan(token.Start, token.Length);
        if (token.Kind == TokenKind.Syllable) sb.Append(word);
        else sb.Append('[').Append(word).Append(']').Append(token.Kind);
    }
}
