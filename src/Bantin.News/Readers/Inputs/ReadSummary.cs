using System.Globalization;

namespace Bantin.News.Readers.Inputs;

/// <summary>
/// Counts of one reading run, kept up to date while <see cref="ArticleInputs.Read"/> is enumerated: files (every input
/// the paths led to), articles read, records and files skipped (errors), warnings shown. Not thread-safe: one run.
/// </summary>
public sealed class ReadSummary
{
    public long Files { get; internal set; }
    public long Articles { get; internal set; }
    public long Skipped { get; internal set; }
    public long Warnings { get; internal set; }

    /// <summary>E.g. "2,153 articles from 1 file, 2 skipped, 0 warnings".</summary>
    public override string ToString() =>
        $"{Count(Articles, "article")} from {Count(Files, "file")}, {Number(Skipped)} skipped, {Count(Warnings, "warning")}";

    private static string Count(long n, string noun) => $"{Number(n)} {noun}{(n == 1 ? "" : "s")}";

    private static string Number(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
