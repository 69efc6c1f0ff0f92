using Bantin.Text.Tokens;

namespace Bantin.Text.Tests.Tokens;

/// <summary>The structural guarantees every tokenization must keep, whatever the input.</summary>
internal static class TokenAssert
{
    /// <summary>
    /// Tokens are non-empty, in order, inside the text, start and end on a non-space, never split a surrogate pair; the
    /// gaps between them are whitespace only; tokens plus gaps rebuild the input exactly. Returns the token count.
    /// Messages are built only on failure: this runs over 10 MB inputs.
    /// </summary>
    public static int WellFormed(string text)
    {
        var rebuilt = new System.Text.StringBuilder(text.Length);
        int previousEnd = 0, count = 0;
        foreach (var token in Tokenizer.Enumerate(text))
        {
            if (token.Length <= 0 || token.Start < previousEnd || token.End > text.Length)
                Assert.Fail($"token {token} is empty, out of order or out of range (previous end {previousEnd})");
            Gap(text, previousEnd, token.Start, rebuilt);
            if (char.IsWhiteSpace(text[token.Start]) || char.IsWhiteSpace(text[token.End - 1]))
                Assert.Fail($"token {token} starts or ends with whitespace");
            if (token.Start > 0 && char.IsSurrogatePair(text[token.Start - 1], text[token.Start]))
                Assert.Fail($"token {token} starts inside a surrogate pair");
            if (token.End < text.Length && char.IsSurrogatePair(text[token.End - 1], text[token.End]))
                Assert.Fail($"token {token} ends inside a surrogate pair");
            rebuilt.Append(text, token.Start, token.Length);
            previousEnd = token.End;
            count++;
        }
        Gap(text, previousEnd, text.Length, rebuilt);
        if (rebuilt.ToString() != text) Assert.Fail("tokens and gaps do not rebuild the input");
        return count;
    }

    private static void Gap(string text, int start, int end, System.Text.StringBuilder rebuilt)
    {
        for (int i = start; i < end; i++)
            if (!char.IsWhiteSpace(text[i])) Assert.Fail($"non-space U+{(int)text[i]:X4} at {i} belongs to no token");
        rebuilt.Append(text, start, end - start);
    }
}
