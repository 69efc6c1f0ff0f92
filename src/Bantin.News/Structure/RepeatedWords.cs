namespace Bantin.News.Structure;

/// <summary>
/// News repeats its names: a run of letters and digits that a fused text also writes elsewhere as a word of its own
/// (<c>SpillOver</c>, <c>HDMon</c>) is one word, not two fields run together (<c>MinskLiên</c> is written once).
/// </summary>
internal static class RepeatedWords
{
    /// <summary>
    /// How far from the word the text is searched, each way: a news article's length, so a long input (up to the
    /// readers' 64 MB) costs time in proportion to its length, not to its square.
    /// </summary>
    public const int Window = 6_000;

    /// <summary>
    /// How many places where the word stands inside a longer one are passed over before the search gives up: text that
    /// repeats a piece inside other words thousands of times (<c>zAbAbCd zAbAbCd …</c>) would otherwise cost a search per
    /// piece at every candidate.
    /// </summary>
    public const int MaxEmbedded = 64;

    /// <summary>Longest run of letters and digits taken as a word (a name); longer runs are not looked for.</summary>
    public const int MaxWord = 64;

    /// <summary>Whether t[start..end) also stands in t, elsewhere within <see cref="Window"/>, with no letter or digit touching it.</summary>
    public static bool OccursElsewhere(string t, int start, int end)
    {
        var word = t.AsSpan(start, end - start);
        int from = Math.Max(0, start - Window), stop = Math.Min(t.Length, end + Window);
        for (int embedded = 0; from < stop && embedded <= MaxEmbedded; embedded++)
        {
            int k = t.AsSpan(from, stop - from).IndexOf(word, StringComparison.Ordinal);
            if (k < 0) return false;
            k += from;
            if (k != start && (k == 0 || !char.IsLetterOrDigit(t[k - 1])) && (k + word.Length == t.Length || !char.IsLetterOrDigit(t[k + word.Length])))
                return true;
            from = k + 1;
        }
        return false;
    }

    /// <summary>
    /// Whether the word run together at <paramref name="i"/> stands whole elsewhere in t: the letters and digits from
    /// before i up to the next capital after a lower-case letter (<c>SpillOver</c> of <c>SpillOverVề cơ bản</c>).
    /// </summary>
    public static bool RunOccursElsewhere(string t, int i)
    {
        int s = i, e = i;
        while (s > 0 && i - s <= MaxWord && char.IsLetterOrDigit(t[s - 1])) s--;
        while (e < t.Length && e - s <= MaxWord && char.IsLetterOrDigit(t[e]) && !(e > i && char.IsUpper(t[e]) && char.IsLower(t[e - 1]))) e++;
        return s < i && e > i && e - s <= MaxWord && OccursElsewhere(t, s, e);
    }
}
