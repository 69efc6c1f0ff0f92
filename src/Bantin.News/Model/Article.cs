namespace Bantin.News.Model;

/// <summary>
/// A news article as Bantin reads it (ARCHITECTURE.md, "Article JSON"). Immutable. Text fields are normalized (NFC,
/// single spaces); <see cref="Repairs"/> says what the reader changed or inferred, with offsets into the raw input.
/// </summary>
public sealed record Article
{
    /// <summary>The record's own id when the input had one, otherwise a stable hash of the content.</summary>
    public required string Id { get; init; }

    public string? Url { get; init; }

    /// <summary>The publisher (e.g. "VnExpress", "Dân trí").</summary>
    public string? Source { get; init; }

    public string? Category { get; init; }

    public DateTimeOffset? Published { get; init; }

    public string Title { get; init; } = "";

    /// <summary>The lead paragraph (sapo).</summary>
    public string Sapo { get; init; } = "";

    /// <summary>Body paragraphs, in order, without the by-line and credits.</summary>
    public IReadOnlyList<string> Body { get; init; } = [];

    /// <summary>The by-line (e.g. "Trọng Giáp").</summary>
    public string? Author { get; init; }

    /// <summary>Credits such as "Video: VTV", "Ảnh: Reuters", "Theo TTXVN".</summary>
    public IReadOnlyList<string> Credits { get; init; } = [];

    /// <summary>What the reader repaired or inferred.</summary>
    public IReadOnlyList<Repair> Repairs { get; init; } = [];

    /// <summary>For file inputs: the path relative to the argument it was found under.</summary>
    public string? File { get; init; }
}
