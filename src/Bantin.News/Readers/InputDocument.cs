namespace Bantin.News.Readers;

/// <summary>
/// One input handed to a reader: its display name (path relative to the argument, or "-" for stdin), its bytes, and,
/// when known, the format it was forced to or detected as.
/// </summary>
public sealed record InputDocument(string Name, byte[] Bytes)
{
    /// <summary>Largest single input accepted: 64 MB. A dump larger than that is streamed line by line instead.</summary>
    public const int MaxBytes = 64 * 1024 * 1024;
}
