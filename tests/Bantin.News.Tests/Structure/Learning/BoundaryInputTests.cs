using Bantin.News.Structure.Learning;

namespace Bantin.News.Tests.Structure.Learning;

public class BoundaryInputTests
{
    [Fact]
    public void Spaced_sentences_are_found_as_a_scan_of_the_span_would_find_them()
    {
        var random = new Random(17);
        const string alphabet = "aB. !?x";
        for (int round = 0; round < 200; round++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(1, 60)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            var input = new BoundaryInput(text, hasHead: true);
            for (int from = 0; from < text.Length; from++)
                for (int to = from; to <= text.Length; to++)
                    Assert.Equal(Scan(text, from, to), input.HasSpacedSentence(from, to));
        }
    }

    // The definition: a space after from, a full stop, ! or ? before it and a capital after it, before to - 1.
    private static bool Scan(string t, int from, int to)
    {
        for (int k = from + 1; k + 2 < to; k++)
            if (t[k] == ' ' && t[k - 1] is '.' or '!' or '?' && char.IsUpper(t[k + 1])) return true;
        return false;
    }
}
