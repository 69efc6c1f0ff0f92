using Bantin.News.Model;

namespace Bantin.News.Structure;

/// <summary>The fields structure recovery found in raw text, with the repairs it made (offsets into that text).</summary>
public sealed record RecoveredArticle(
    string Title,
    string Sapo,
    IReadOnlyList<string> Body,
    string? Author,
    IReadOnlyList<string> Credits,
    IReadOnlyList<Repair> Repairs);
