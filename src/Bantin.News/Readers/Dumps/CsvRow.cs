namespace Bantin.News.Readers.Dumps;

/// <summary>One CSV record: the physical line it starts on, and its fields or why it could not be parsed.</summary>
internal readonly record struct CsvRow(long Line, IReadOnlyList<string> Fields, string? Error);
