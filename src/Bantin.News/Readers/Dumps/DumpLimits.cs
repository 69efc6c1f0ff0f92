namespace Bantin.News.Readers.Dumps;

/// <summary>Limits on dump records.</summary>
public static class DumpLimits
{
    /// <summary>
    /// Longest record (a JSONL line, a CSV row with its quoted line breaks): 16 MB. A news article with every field is
    /// well under 1 MB, even with its HTML; a longer record is a missing line break or a blob, and is skipped as an
    /// error instead of growing the line buffer without bound.
    /// </summary>
    public const int MaxRecordBytes = 16 * 1024 * 1024;
}
