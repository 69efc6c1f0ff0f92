using System.Text.Json;
using Bantin.Text.Normalization;
using Bantin.Text.Sentences;
using Bantin.Text.Sentences.Learning;

namespace Bantin.Text.Evaluation;

/// <summary>
/// Builds the sentence-splitting test of <c>tools/sent_eval.py make</c> from articles whose body has one sentence per
/// line: 2–6 consecutive sentences (drawn by the same seeded generator) joined by a space into a paragraph, a paragraph
/// ending early at a line without terminal punctuation (a heading or list item), the last line of each article (often
/// a by-line) left out.
/// </summary>
public static class SentenceEvaluation
{
    public sealed record Paragraph(string Text, IReadOnlyList<string> Sentences);

    private const int Seed = 11;
    private const string Closers = "\"”’)»";

    /// <summary>Paragraphs from a JSONL file of articles with a string field <c>body</c>.</summary>
    public static IEnumerable<Paragraph> FromJsonl(string path, int limit = int.MaxValue)
    {
        var rnd = new PythonRandom(Seed);
        int articles = 0;
        foreach (var line in ReadPythonLines(path))
        {
            if (articles >= limit) yield break;
            string body;
            using (var doc = JsonDocument.Parse(line))
                body = doc.RootElement.GetProperty("body").GetString() ?? "";
            var sentences = body.Split('\n').Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
            if (sentences.Count > 1) sentences.RemoveAt(sentences.Count - 1);
            int i = 0;
            while (i < sentences.Count)
            {
                int k = rnd.RandInt(2, 6);
                var group = new List<string>();
                while (i < sentences.Count && group.Count < k)
                {
                    group.Add(sentences[i]);
                    i++;
                    if (!EndsWithTerminal(sentences[i - 1])) break;
                }
                yield return new Paragraph(string.Join(' ', group), group);
            }
            articles++;
        }
    }

    /// <summary>
    /// The paragraph split into sentences as the user gave it: the normalized text is split, the boundaries mapped back,
    /// so the pieces hold every input character. <paramref name="model"/> null means the rules alone.
    /// </summary>
    public static List<string> Split(Paragraph paragraph, SentenceModel? model)
    {
        var normalized = TextNormalizer.Default.Normalize(paragraph.Text);
        var spans = SentenceSplitter.Split(normalized.Text, model);
        var sentences = new List<string>(spans.Count);
        int cut = 0;
        for (int i = 0; i < spans.Count; i++)
        {
            int end = i == spans.Count - 1 ? paragraph.Text.Length : normalized.Map.ToOriginalEnd(spans[i].End);
            sentences.Add(paragraph.Text[cut..end].Trim());
            cut = end;
        }
        return sentences;
    }

    private static bool EndsWithTerminal(string s)
    {
        var t = s.AsSpan().TrimEnd(Closers);
        return t.Length > 0 && t[^1] is '.' or '!' or '?' or '…';
    }

    // Python's text mode splits lines at \n, \r and \r\n; JSON.parse then sees each piece.
    private static IEnumerable<string> ReadPythonLines(string path)
    {
        foreach (var line in File.ReadLines(path))
            if (line.Length > 0) yield return line;
    }
}
