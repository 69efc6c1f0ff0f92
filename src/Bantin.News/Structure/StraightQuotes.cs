namespace Bantin.News.Structure;

/// <summary>
/// Which straight double quotes of a fused text close a quotation. Spacing decides most: a quote before a space or
/// punctuation closes (<c>nói",</c>, <c>rồi "- ông</c>), one after a space or an opening bracket opens. A quote glued on
/// both sides (<c>định."Đã</c>, <c>tốt hơn!""Anh</c>) could be either; those are chosen together so that quotations
/// pair up best over the whole text, because a quotation often spans paragraphs (<c>viết: "…của em.Em dạy…hơn!"</c>).
/// Where the quotes cannot pair up, a quotation left open (a typo, or one whose end the page lost) is taken as likelier
/// than a stray closing quote: <c>điều "không thể… khủng bố.Trong… nguy hiểm."Chúng tôi…," ông nói</c> opens again at
/// <c>."Chúng</c>.
/// </summary>
internal static class StraightQuotes
{
    /// <summary>Cost of a quote opening while a quotation is already open (the earlier one was never closed).</summary>
    private const int OpenWhileOpen = 400;

    /// <summary>Cost of a quote closing when no quotation is open; dearer than an unclosed one (see the summary).</summary>
    private const int CloseWhileClosed = 600;

    /// <summary>
    /// Cost of each glued paragraph break a quotation stays open across: quotations do span paragraphs, but one that
    /// runs from the title into the body to close a stray quote there is less likely than a quote closing at its word.
    /// </summary>
    private const int OpenAcrossBreak = 1;

    private static readonly char[] AllQuotes = ['"', '“', '”'];

    private enum Label : byte { Either, Opens, Closes }

    /// <summary>The offsets of the straight double quotes of <paramref name="t"/> that close a quotation.</summary>
    public static HashSet<int> Closing(string t)
    {
        var quotes = new List<int>();
        for (int i = t.IndexOfAny(AllQuotes); i >= 0; i = t.IndexOfAny(AllQuotes, i + 1)) quotes.Add(i);
        var closing = new HashSet<int>();
        if (quotes.Count == 0) return closing;

        var labels = new Label[quotes.Count];
        for (int q = 0; q < quotes.Count; q++) labels[q] = LabelOf(t, quotes[q], q > 0 && labels[q - 1] == Label.Closes && quotes[q - 1] == quotes[q] - 1);

        // Viterbi over two states (a quotation is open or not): cost[q, s] is the least cost of the first q quotes
        // ending in state s (0 closed, 1 open); back[q, s] the state before quote q on that path.
        int n = quotes.Count;
        var breaks = new int[n];
        for (int q = 1; q < n; q++) breaks[q] = GluedBreaks(t, quotes[q - 1], quotes[q]);
        var cost = new int[n + 1, 2];
        var back = new byte[n + 1, 2];
        cost[0, 1] = int.MaxValue / 2;
        for (int q = 0; q < n; q++)
        {
            cost[q + 1, 0] = cost[q + 1, 1] = int.MaxValue / 2;
            for (int s = 0; s < 2; s++)
            {
                int before = cost[q, s] + (s == 1 ? breaks[q] * OpenAcrossBreak : 0);
                if (labels[q] != Label.Closes) Relax(cost, back, q, s, to: 1, before + (s == 1 ? OpenWhileOpen : 0));
                if (labels[q] != Label.Opens) Relax(cost, back, q, s, to: 0, before + (s == 0 ? CloseWhileClosed : 0));
            }
        }
        // A quotation still open at the end was never closed.
        int state = cost[n, 0] <= cost[n, 1] + OpenWhileOpen ? 0 : 1;
        for (int q = n - 1; q >= 0; q--)
        {
            if (state == 0 && t[quotes[q]] == '"') closing.Add(quotes[q]);
            state = back[q + 1, state];
        }
        return closing;
    }

    private static void Relax(int[,] cost, byte[,] back, int q, int from, int to, int value)
    {
        // On a tie the earlier state that keeps quotes alternating wins: from closed to open, from open to closed.
        if (value < cost[q + 1, to] || value == cost[q + 1, to] && from != to)
        {
            cost[q + 1, to] = value;
            back[q + 1, to] = (byte)from;
        }
    }

    // "…khủng bố.Trong cuộc gặp": sentence punctuation after a lower-case letter, run into a capital.
    private static int GluedBreaks(string t, int from, int to)
    {
        int n = 0;
        for (int k = from + 2; k + 1 < to; k++)
            if (t[k] is '.' or '!' or '?' && char.IsLower(t[k - 1]) && char.IsUpper(t[k + 1])) n++;
        return n;
    }

    private static Label LabelOf(string t, int i, bool afterClosingQuote)
    {
        if (t[i] == '“') return Label.Opens;
        if (t[i] == '”') return Label.Closes;
        char before = i > 0 ? t[i - 1] : ' ', after = i + 1 < t.Length ? t[i + 1] : ' ';
        if (char.IsWhiteSpace(after) || after is ',' or '.' or ';' or ':' or '!' or '?' or ')' or '-' or '–' or '"') return Label.Closes;
        if (char.IsWhiteSpace(before) || before is '(' or '[' or '“' || afterClosingQuote) return Label.Opens;
        return Label.Either;
    }
}
