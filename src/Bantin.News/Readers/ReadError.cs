namespace Bantin.News.Readers;

/// <summary>A record or file that could not be read: where (file and 1-based line, 0 for the whole file) and why.</summary>
public sealed record ReadError(string File, long Line, string Reason)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Reason}" : $"{File}: {Reason}";
}
