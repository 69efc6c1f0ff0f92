using System.Text;
using System.Text.Json;

namespace Bantin.Text.Segmentation.Training;

/// <summary>Reads word-segmented text: CoNLL-U (UD-VTB), the underscore form, and VietNews' segmented fields.</summary>
public static class SegmentedCorpus
{
    /// <summary>CoNLL-U if the file looks like it (a <c>.conllu</c> name, or <c># text</c>/10-column lines), else the underscore form.</summary>
    public static IEnumerable<SegmentedSentence> Read(string path) =>
        LooksLikeConllu(path) ? ReadConllu(path) : ReadUnderscored(path);

    public static bool LooksLikeConllu(string path)
    {
        if (path.EndsWith(".conllu", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".conll", StringComparison.OrdinalIgnoreCase))
            return true;
        int n = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            if (++n > 200) break;
            if (line.StartsWith("# sent_id", StringComparison.Ordinal) || line.StartsWith("# text", StringComparison.Ordinal)) return true;
            if (line.Count(c => c == '\t') == 9) return true;
        }
        return false;
    }

    /// <summary>One sentence per line, words separated by white space, units of a word joined by <c>_</c>; blank lines skipped.</summary>
    public static IEnumerable<SegmentedSentence> ReadUnderscored(string path)
    {
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            var normalized = line.Normalize(NormalizationForm.FormC);
            if (normalized.AsSpan().Trim().IsEmpty) continue;
            yield return SegmentedSentence.FromUnderscored(normalized);
        }
    }

    /// <summary>CoNLL-U: a word is one token line whose FORM holds its syllables separated by spaces (or <c>_</c>).</summary>
    public static IEnumerable<SegmentedSentence> ReadConllu(string path)
    {
        var words = new List<IReadOnlyList<string>>();
        int lineNo = 0;
        foreach (var raw in File.ReadLines(path, Encoding.UTF8))
        {
            lineNo++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0)
            {
                if (words.Count > 0) yield return SegmentedSentence.FromWords(words);
                words = new List<IReadOnlyList<string>>();
                continue;
            }
            if (line[0] == '#') continue;
            var columns = line.Split('\t');
            if (columns.Length != 10) throw new FormatException($"{path}:{lineNo}: expected 10 tab-separated columns, found {columns.Length}");
            if (columns[0].Contains('-') || columns[0].Contains('.')) continue; // multiword ranges and empty nodes
            var form = columns[1].Normalize(NormalizationForm.FormC);
            var units = form.Split([' ', '_'], StringSplitOptions.RemoveEmptyEntries);
            if (units.Length > 0) words.Add(units);
        }
        if (words.Count > 0) yield return SegmentedSentence.FromWords(words);
    }

    /// <summary>
    /// The corpus' own segmentation in VietNews JSONL records (<c>title_seg</c>, <c>sapo_seg</c>, <c>body_seg</c>; one
    /// sentence per line): silver data, produced by a tool, not checked by people.
    /// </summary>
    public static IEnumerable<SegmentedSentence> ReadVietnewsSilver(string path, int maxArticles = int.MaxValue)
    {
        int articles = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            if (articles++ >= maxArticles) yield break;
            JsonDocument doc;
            try { doc = JsonDocument.Parse(line); }
            catch (JsonException e) { throw new FormatException($"{path}:{articles}: not a JSON record ({e.Message})", e); }
            using var _ = doc;
            foreach (var field in (string[])["title_seg", "sapo_seg", "body_seg"])
            {
                if (!doc.RootElement.TryGetProperty(field, out var value) || value.ValueKind != JsonValueKind.String) continue;
                foreach (var sentence in value.GetString()!.Split('\n'))
                {
                    var normalized = sentence.Normalize(NormalizationForm.FormC);
                    if (normalized.AsSpan().Trim().IsEmpty) continue;
                    yield return SegmentedSentence.FromUnderscored(normalized);
                }
            }
        }
    }
}
