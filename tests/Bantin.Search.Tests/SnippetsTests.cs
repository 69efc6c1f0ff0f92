using Bantin.Search.Searching;

namespace Bantin.Search.Tests;

public class SnippetsTests
{
    private static void AssertHighlights(string text, string term, string expected)
    {
        var (snippet, highlights, _) = Snippets.Make(text, new HashSet<string> { term });
        Assert.NotEmpty(highlights);
        foreach (var h in highlights)
        {
            Assert.InRange(h.End, h.Start + 1, snippet.Length);
            Assert.Equal(expected, snippet[h.Start..h.End]);
        }
    }

    [Fact]
    public void A_text_that_starts_with_an_ellipsis_keeps_its_highlights_in_place() => AssertHighlights("…mưa to", "mua", "mưa");

    [Fact]
    public void Highlights_stay_in_place_in_a_window_cut_from_a_long_text()
    {
        var text = string.Concat(Enumerable.Repeat("Câu không liên quan gì đến chuyện này cả. ", 20)) + "Hôm nay trời mưa rất to ở Hà Nội. " +
                   string.Concat(Enumerable.Repeat("Một câu khác cũng không liên quan. ", 20));
        AssertHighlights(text, "mua", "mưa");
        var (snippet, _, _) = Snippets.Make(text, new HashSet<string> { "mua" });
        Assert.StartsWith("…", snippet);
        Assert.EndsWith("…", snippet);
    }

    [Fact]
    public void A_cut_never_splits_a_surrogate_pair()
    {
        var text = new string('x', 199) + "😀😀 và nhiều chữ nữa ở phía sau để cắt";
        var (snippet, _, _) = Snippets.Make(text, new HashSet<string> { "zzz" });
        for (int i = 0; i < snippet.Length; i++)
            if (char.IsHighSurrogate(snippet[i])) Assert.True(i + 1 < snippet.Length && char.IsLowSurrogate(snippet[i + 1]));
            else Assert.False(char.IsLowSurrogate(snippet[i]) && (i == 0 || !char.IsHighSurrogate(snippet[i - 1])));
    }
}
