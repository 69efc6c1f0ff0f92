namespace Bantin.News.Structure;

/// <summary>How two fields of a fused text meet.</summary>
internal enum GlueKind
{
    /// <summary>Sentence punctuation glued to the next field: <c>Bộ Ngoại giao.Hai nước</c>.</summary>
    Punctuation,
    /// <summary>Sentence punctuation and a no-break space, the trace of a lost line break: <c>năm nay.\u00A0"MAZ</c>.</summary>
    NoBreakSpace,
    /// <summary>A field without final punctuation (a title, a heading) run into the next: <c>ôtô MinskLiên doanh</c>.</summary>
    Heading,
}

/// <summary>
/// A place where one field of a fused article ends (<see cref="End"/>) and the next begins (<see cref="Start"/>).
/// <see cref="NamePair"/>: a heading glue between two capitalised syllables (<c>QuốcTổng</c>), which may also be a name
/// written without its space (<c>MêKông</c>), so only the title boundary accepts it.
/// </summary>
internal readonly record struct GluePoint(int End, int Start, GlueKind Kind, bool NamePair);
