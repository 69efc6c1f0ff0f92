using System.Text.RegularExpressions;

namespace Bantin.News.Structure;

/// <summary>
/// Tells a by-line from a last paragraph, and takes media credits out of it: <c>Như Tâm (Video: VTV)</c> is the
/// author "Như Tâm" with the credit "Video: VTV". Source notes such as <c>(Theo Reuters)</c> stay in the by-line as
/// written.
/// </summary>
internal static partial class BylineParser
{
    /// <summary>Longest by-line, in words: "Hương Giang - Trường Thịnh (Theo Reuters, BBC)".</summary>
    public const int MaxWords = 10;

    /// <summary>A short line without sentence punctuation at its end that starts with a capital: a by-line.</summary>
    public static bool LooksLikeByline(string text)
    {
        var s = text.Trim();
        if (s.Length == 0 || !char.IsUpper(s[0]) && !s.StartsWith('(')) return false;
        var bare = MediaCredit().Replace(s, "").TrimEnd();
        if (bare.Length == 0) return true;
        if (bare[^1] is '.' or '!' or '?' or '…' or ':' or ';' or ',') return false;
        return bare.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxWords;
    }

    /// <summary>The author (null when only credits remain) and the media credits of a by-line.</summary>
    public static (string? Author, List<string> Credits) Split(string byline)
    {
        var credits = new List<string>();
        var author = MediaCredit().Replace(byline, m =>
        {
            credits.Add($"{m.Groups["label"].Value}: {m.Groups["who"].Value.Trim()}");
            return "";
        }).Trim();
        return (author.Length == 0 ? null : author, credits);
    }

    /// <summary>
    /// The credit of a line that is only a labelled media credit (<c>Ảnh: Rubi</c>, <c>Video: Huy Mạnh</c>,
    /// <c>(Ảnh: Reuters, AFP)</c>), as "label: who", or null. Who is a short list of names, at most two of its words in
    /// lower case (<c>Ảnh: Facebook nhân vật</c>); a caption is not a credit (<c>Clip: Hiện trường phát hiện thi
    /// thể</c>).
    /// </summary>
    public static string? BareCredit(string line)
    {
        var m = BareMediaCredit().Match(line.Trim());
        if (!m.Success) return null;
        var who = m.Groups["who"].Value.Trim();
        int lower = 0;
        foreach (var word in who.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries))
            if (char.IsLower(word[0])) lower++;
        return lower <= 2 ? $"{m.Groups["label"].Value}: {who}" : null;
    }

    /// <summary>
    /// Where the second of two by-line pieces run together begins in the last piece of a fused text, or -1: a source
    /// note run into the author's name (<c>Kim DungTheo Reuters</c>: 8), or an outlet run into a source note
    /// (<c>Theo Thu HàVietnamNet</c>: 11; VietNews writes <c>Theo Mai Trang</c> and <c>VOV</c> on lines of their own).
    /// </summary>
    public static int SourceNoteStart(ReadOnlySpan<char> last)
    {
        if (last.Length > MaxSourceNoteLine) return -1;
        string s = last.ToString();
        var m = GluedSourceNote().Match(s);
        if (m.Success && LooksLikeByline(s[..m.Groups["note"].Index])) return m.Groups["note"].Index;
        var o = OutletAfterSourceNote().Match(s);
        return o.Success ? o.Groups["outlet"].Index : -1;
    }

    /// <summary>The longest line <see cref="GluedSourceNote"/> can match: a name of up to 62 characters and a note of up to 86.</summary>
    private const int MaxSourceNoteLine = 148;

    // "Kim DungTheo Reuters", "Minh PhươngTheo AFP, BBC": a name, then "Theo" and a capitalised source, to the end.
    [GeneratedRegex(@"^\p{Lu}[^.!?]{0,60}?\p{Ll}(?<note>Theo \p{Lu}[^.!?]{0,80})$")]
    private static partial Regex GluedSourceNote();

    // "Theo Thu HàVietnamNet", "Theo Văn Đỗ, Tâm HiếuVOV": "Theo" and names, then one capitalised word to the end.
    [GeneratedRegex(@"^Theo \p{Lu}[^.!?]{0,60}?\p{Ll}(?<outlet>\p{Lu}[\p{L}\p{Nd}]{1,30})$")]
    private static partial Regex OutletAfterSourceNote();

    // The labels of media credits, as the two patterns below match them.
    private const string CreditLabels = "Video|Ảnh|Clip|Đồ họa|Đồ hoạ|Infographic|Nguồn|Thực hiện";

    // "Ảnh: Rubi", "(Video: Huy Mạnh).": a whole line that is one labelled credit, who starting with a capital or digit.
    [GeneratedRegex(@"^\(?\s*(?<label>" + CreditLabels + @")\s*:\s*(?<who>[\p{Lu}\d][^.!?:;()""“”]{0,59}?)\s*\)?\.?$")]
    private static partial Regex BareMediaCredit();

    // "(Video: VTV)", "(Ảnh: Reuters)", "( Clip : VTC )": a labelled media credit in brackets.
    [GeneratedRegex(@"\(\s*(?<label>" + CreditLabels + @")\s*:\s*(?<who>[^()]+?)\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex MediaCredit();
}
