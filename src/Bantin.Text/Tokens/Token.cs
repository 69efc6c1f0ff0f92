namespace Bantin.Text.Tokens;

/// <summary>
/// A token as a view into the text it came from: <paramref name="Start"/> and <paramref name="Length"/> are UTF-16 indices.
/// A token may contain a space where one unit spans it (<c>TP. HCM</c>, <c>500 triệu USD</c>, <c>26 - 28/6</c>).
/// </summary>
public readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    /// <summary>Index just past the token.</summary>
    public int End => Start + Length;
}
