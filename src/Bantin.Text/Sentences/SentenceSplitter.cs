using Bantin.Text.Sentences.Learning;
using Bantin.Text.Syllables;

namespace Bantin.Text.Sentences;

/// <summary>
/// Splits text into sentences. A line break always ends one. Inside a line, <c>. ! ? …</c> end a sentence when
/// what follows starts one (a capital, an opening quote or bracket, a digit), unless the full stop belongs to an
/// abbreviation (<c>TP. HCM</c>, <c>GS.</c>), an initial (<c>J. Smith</c>) or a number. Glued boundaries
/// (<c>giao.Hai</c>) count. Those rules find the candidates and give their view; by default the learned
/// <see cref="SentenceModel"/> makes the decision (pass <c>model: null</c> for the rules alone).
/// Allocation-free apart from the output list; thread-safe.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>The sentences of <paramref name="text"/>, decided by the shipped model.</summary>
    public static List<SentenceSpan> Split(ReadOnlySpan<char> text) => Split(text, SentenceModel.Default);

    /// <summary>The sentences of <paramref name="text"/>; <paramref name="model"/> null means the rules alone.</summary>
    public static List<SentenceSpan> Split(ReadOnlySpan<char> text, SentenceModel? model)
    {
        var list = new List<SentenceSpan>();
        Split(text, list, model);
        return list;
    }

    /// <summary>Appends the sentences of <paramref name="text"/> to <paramref name="output"/>, decided by the shipped model.</summary>
    public static void Split(ReadOnlySpan<char> text, List<SentenceSpan> output) => Split(text, output, SentenceModel.Default);

    /// <summary>Appends the sentences of <paramref name="text"/> to <paramref name="output"/>; <paramref name="model"/> null means the rules alone.</summary>
    public static void Split(ReadOnlySpan<char> text, List<SentenceSpan> output, SentenceModel? model)
    {
        if (model is null)
        {
            var rules = new RulesDecider();
            Walk(text, output, ref rules);
        }
        else
        {
            var learned = new ModelDecider(model);
            Walk(text, output, ref learned);
        }
    }

    /// <summary>Decides the candidates the rules find (<see cref="SentenceCandidate"/>).</summary>
    internal interface IDecider
    {
        bool Decide(ReadOnlySpan<char> text, in SentenceCandidate candidate);
    }

    private readonly struct RulesDecider : IDecider
    {
        public bool Decide(ReadOnlySpan<char> text, in SentenceCandidate candidate) => candidate.Rule;
    }

    private readonly struct ModelDecider(SentenceModel model) : IDecider
    {
        public bool Decide(ReadOnlySpan<char> text, in SentenceCandidate candidate) => model.IsBoundary(text, candidate);
    }

    /// <summary>The splitting walk: the rules find candidates, <paramref name="decider"/> decides them.</summary>
    internal static void Walk<TDecider>(ReadOnlySpan<char> text, List<SentenceSpan> output, ref TDecider decider)
        where TDecider : struct, IDecider
    {
        int start = 0, lineStart = 0, quoteScan = 0, straightQuotes = 0, curlyBalance = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (IsLineBreak(c))
            {
                Add(text, start, i, output);
                start = lineStart = quoteScan = i + 1;
                straightQuotes = curlyBalance = 0;
                continue;
            }
            if (VietLetters.IsUpper(c) && BoundaryRules.IsGluedHeading(text, i))
            {
                Add(text, start, i, output);
                start = i;
                continue;
            }
            if (!IsTerminator(c)) continue;
            int terminatorEnd = i + 1;
            while (terminatorEnd < text.Length && (IsTerminator(text[terminatorEnd]) || text[terminatorEnd] == '.')) terminatorEnd++;
            int end = terminatorEnd;
            while (end < text.Length && IsCloser(text[end])) end++;
            bool boundary = BoundaryRules.IsBoundary(text, i, ref end);
            int next = NextOnLine(text, end);
            if (next >= 0 && IsOpen(text, i, terminatorEnd, end, next))
            {
                for (; quoteScan < i; quoteScan++)
                {
                    char q = text[quoteScan];
                    if (q == '"') straightQuotes++;
                    else if (q == '“') curlyBalance++;
                    else if (q == '”') curlyBalance--;
                }
                boundary = decider.Decide(text, new SentenceCandidate(lineStart, i, terminatorEnd, end, next, boundary, straightQuotes, curlyBalance > 0));
            }
            if (boundary)
            {
                Add(text, start, end, output);
                start = end;
            }
            i = end - 1;
        }
        Add(text, start, text.Length, output);
    }

    /// <summary>
    /// Whether the terminators text[mark..terminatorEnd), followed on their line by text at <paramref name="next"/>, are
    /// a question for the decider. Not when a lower-case word goes on (no sentence starts so), nor after a listed title
    /// or place prefix (<c>GS. Ngô</c>, <c>TP. Đà Nẵng</c>): the corpora the model learns from were cut there by a
    /// splitter (<c>cháu Tr.|bị</c>, <c>TP.|Đà Nẵng</c>), not by their writers. Nor when the next sentence is glued on
    /// (<c>giao.Hai</c>, <c>TP.HCM</c>): the model learned from spaced text, where a glue is mostly one the corpus
    /// splitter left whole, so the rules keep that call.
    /// </summary>
    private static bool IsOpen(ReadOnlySpan<char> text, int mark, int terminatorEnd, int end, int next)
    {
        if (char.IsLower(text[next]) || next == end) return false;
        return !(text[mark] == '.' && terminatorEnd == mark + 1 && AbbreviationRules.IsListedPrefixBefore(text, mark));
    }

    private static void Add(ReadOnlySpan<char> text, int start, int end, List<SentenceSpan> output)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) output.Add(new SentenceSpan(start, end - start));
    }

    /// <summary>
    /// True when the full stop at <paramref name="period"/> closes an abbreviation a name follows (<c>TP.</c>, <c>GS.</c>,
    /// <c>Q.</c>) or a name's initial (<c>Lê Hoài B.</c>, <c>M. Pence</c>), so it does not end a sentence.
    /// </summary>
    public static bool IsAbbreviationPeriod(ReadOnlySpan<char> text, int period) =>
        period >= 0 && period < text.Length && text[period] == '.' && AbbreviationRules.IsPrefixBefore(text, period);

    /// <summary>Start of the (possibly dotted) word before the full stop at <paramref name="period"/>: "TP.HCM", "v.v", "T".</summary>
    public static int AbbreviationStart(ReadOnlySpan<char> text, int period) => AbbreviationRules.WordStart(text, period);

    /// <summary>The first character after <paramref name="end"/> and the spaces after it, on the same line; -1 when the line or text ends first.</summary>
    private static int NextOnLine(ReadOnlySpan<char> text, int end)
    {
        while (end < text.Length && char.IsWhiteSpace(text[end]) && !IsLineBreak(text[end])) end++;
        return end < text.Length && !IsLineBreak(text[end]) ? end : -1;
    }

    internal static bool IsTerminator(char c) => c is '.' or '!' or '?' or '…';
    internal static bool IsCloser(char c) => c is '"' or '”' or '’' or '\'' or ')' or ']' or '»' or '}';
    internal static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085';
}
