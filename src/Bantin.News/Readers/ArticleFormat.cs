namespace Bantin.News.Readers;

/// <summary>The input formats Bantin reads; <see cref="Auto"/> detects from the file name and content.</summary>
public enum ArticleFormat
{
    Auto,
    /// <summary>Plain text: fused like the seeds, or one field per line.</summary>
    Text,
    Html,
    Jsonl,
    Csv,
}
