namespace Bantin.News.Structure;

/// <summary>
/// Words that join what comes after them to what comes before, so no title, heading, caption or paragraph ends with
/// them: <c>của</c>, <c>và</c>, <c>với</c>, <c>là</c>, <c>các</c>… A capital glued to one (<c>nhóm khoa học
/// củaĐại học California</c>, <c>Taylor Swift vàHarry Styles</c>) is a space the page lost, not two fields run
/// together. Words that may also end a phrase (<c>từ</c> in <c>giã từ</c>, <c>tại</c> in <c>hiện tại</c>,
/// <c>về</c> in <c>trở về</c>) are left out.
/// </summary>
internal static class Connectives
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "của", "và", "với", "gồm", "là", "các", "những", "thì", "hoặc", "để", "nếu", "rằng", "bởi", "vì",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when the letters right before <paramref name="i"/> are a whole connective word.</summary>
    public static bool EndsBefore(string t, int i)
    {
        int start = i;
        while (start > 0 && char.IsLetter(t[start - 1])) start--;
        if (start == i || i - start > 5 || start > 0 && char.IsLetterOrDigit(t[start - 1])) return false;
        return Lookup.Contains(t.AsSpan(start, i - start));
    }
}
