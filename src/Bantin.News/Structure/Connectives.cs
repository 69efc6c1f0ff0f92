using Bantin.Text.Lexicons;

namespace Bantin.News.Structure;

/// <summary>
/// Function words that join what comes after them to what comes before, so no title, heading, caption or paragraph
/// ends with them: <c>của</c>, <c>và</c>, <c>tại</c>, <c>theo</c>, <c>đang</c>… A capital glued to one (<c>nhóm khoa học
/// củaĐại học California</c>, <c>cho biết, tạiNhật Bản</c>) is a space the page lost, not two fields run together.
/// The list is measured (docs/decisions/0009): used on its own, each word ends at most one line in 10,000 of the
/// training corpora (VietNews train, Dân trí; <c>tại</c> none of 43,785), and none doubles as a word that ends
/// phrases (<c>trong</c> is also "clear", <c>từ</c> "word", <c>cho</c> "give": not listed). As the last syllable of
/// a listed word it is another word and may end a line (<c>hiện tại</c>, <c>tiếp theo</c>).
/// </summary>
internal static class Connectives
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        // conjunctions and relatives
        "và", "hoặc", "nhưng", "mà", "thì", "nếu", "rằng", "vì", "bởi", "nên", "do", "khi", "để", "nhằm",
        // prepositions
        "của", "với", "tại", "theo", "như", "gồm", "khoảng",
        // plural and quantity markers
        "các", "những", "mọi", "sự",
        // copula, auxiliaries and adverbs before a verb
        "là", "bị", "đang", "sẽ", "cũng", "vẫn", "rất", "chỉ", "từng", "khiến", "gây",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// True when the letters right before <paramref name="i"/> are a whole connective word that is not the last
    /// syllable of a listed word with the syllable before it.
    /// </summary>
    public static bool EndsBefore(string t, int i)
    {
        int start = i;
        while (start > 0 && i - start <= 6 && char.IsLetter(t[start - 1])) start--;
        if (start == i || i - start > 6 || start > 0 && char.IsLetterOrDigit(t[start - 1])) return false;
        if (!Lookup.Contains(t.AsSpan(start, i - start))) return false;
        int prevEnd = start;
        while (prevEnd > 0 && t[prevEnd - 1] == ' ') prevEnd--;
        int prevStart = prevEnd;
        while (prevStart > 0 && prevEnd - prevStart < 40 && char.IsLetter(t[prevStart - 1])) prevStart--;
        return prevStart == prevEnd || prevEnd == start || !KnownWords.ContainsPair(t.AsSpan(prevStart, prevEnd - prevStart), t.AsSpan(start, i - start));
    }
}
