namespace Bantin.Text.Tokens;

/// <summary>
/// Walks the tokens of a text without allocating: a ref struct over the caller's span, usable in <c>foreach</c>.
/// Whitespace (<see cref="char.IsWhiteSpace(char)"/>) between tokens is skipped; everything else lands in exactly one token.
/// </summary>
public ref struct TokenEnumerator
{
    private readonly ReadOnlySpan<char> _text;
    private int _next;
    private Token _current;

    internal TokenEnumerator(ReadOnlySpan<char> text) => _text = text;

    public readonly Token Current => _current;

    public readonly TokenEnumerator GetEnumerator() => this;

    public bool MoveNext()
    {
        var text = _text;
        int i = _next;
        while (i < text.Length && CharTable.IsSpace(text[i])) i++;
        if (i >= text.Length)
        {
            _next = text.Length;
            return false;
        }
        int end = TokenScanner.Scan(text, i, out var kind);
        _current = new Token(i, end - i, kind);
        _next = end;
        return true;
    }
}
