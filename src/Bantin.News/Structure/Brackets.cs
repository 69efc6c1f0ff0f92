namespace Bantin.News.Structure;

/// <summary>
/// No field begins inside round brackets: <c>(Ảnh:The Independent)</c>, <c>(phường 4, TP.Hồ Chí Minh)</c> are
/// one aside, whatever is glued inside. In VietNews train and Dân trí no line break falls between a <c>(</c> and the
/// <c>)</c> that closes it within 80 characters, apart from VietNews' splitter cuts after <c>TP.</c>.
/// </summary>
internal static class Brackets
{
    private const int Reach = 80;

    /// <summary>True when an open bracket before <paramref name="i"/> closes after it, both within reach.</summary>
    public static bool Enclose(string t, int i)
    {
        int k = i - 1, stop = Math.Max(0, i - Reach);
        while (k >= stop && t[k] is not ('(' or ')')) k--;
        if (k < stop || t[k] == ')') return false;
        int end = Math.Min(t.Length, i + Reach);
        for (int j = i; j < end; j++)
            if (t[j] is '(' or ')') return t[j] == ')';
        return false;
    }
}
