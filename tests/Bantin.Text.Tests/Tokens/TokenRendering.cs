using System.Text;
using Bantin.Text.Tokens;

namespace Bantin.Text.Tests.Tokens;

/// <summary>The case-file form of tokens: syllables bare, every other token as <c>[text]Kind</c>, one space apart.</summary>
internal static class TokenRendering
{
    public static string Render(string text)
    {
        var sb = new StringBuilder();
        foreach (var token in Tokenizer.Enumerate(text))
        {
            if (sb.Length > 0) sb.Append(' ');
            var word = text.AsSpan(token.Start, token.Length);
            if (token.Kind == TokenKind.Syllable) sb.Append(word);
            else sb.Append('[').Append(word).Append(']').Append(token.Kind);
        }
        return sb.ToString();
    }
}
