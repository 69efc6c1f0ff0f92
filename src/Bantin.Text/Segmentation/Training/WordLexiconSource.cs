using System.Globalization;
using System.Text;

namespace Bantin.Text.Segmentation.Training;

/// <summary>
/// The word lists the segmenter's lexicon is built from: listed words (one per line, <c>#</c> comments) and counted
/// words (<c>word TAB count …</c>, as in <c>vietnews_word_freq.tsv</c>). Only words of two or more syllables are kept.
/// </summary>
public sealed class WordLexiconSource
{
    private readonly List<string> _listed = new();
    private readonly List<string> _counted = new();
    private readonly List<(string Path, byte Class)> _classes = new();

    /// <summary>Words counted fewer times than this are ignored.</summary>
    public int MinCount { get; init; } = 5;

    public WordLexiconSource AddListed(string path) { _listed.Add(path); return this; }

    public WordLexiconSource AddCounted(string path) { _counted.Add(path); return this; }

    /// <summary>Family names, one per line (<c>nguyễn</c>).</summary>
    public WordLexiconSource AddFamilyNames(string path) { _classes.Add((path, SegmentLexicon.FamilyName)); return this; }

    /// <summary>Middle names, one per line (<c>văn</c>).</summary>
    public WordLexiconSource AddMiddleNames(string path) { _classes.Add((path, SegmentLexicon.MiddleName)); return this; }

    /// <summary>Words that often start a sentence and are not names, one per line.</summary>
    public WordLexiconSource AddSentenceStarters(string path) { _classes.Add((path, SegmentLexicon.SentenceStarter)); return this; }

    internal SegmentLexicon Build()
    {
        var builder = new SegmentLexicon.Builder();
        foreach (var path in _listed)
            foreach (var line in File.ReadLines(path, Encoding.UTF8))
            {
                var word = line.Trim().Normalize(NormalizationForm.FormC);
                if (word.Length == 0 || word[0] == '#') continue;
                builder.Add(word, SegmentLexicon.Listed);
            }
        foreach (var (path, flags) in _classes)
            foreach (var line in File.ReadLines(path, Encoding.UTF8))
            {
                var word = line.Trim().Normalize(NormalizationForm.FormC);
                if (word.Length == 0 || word[0] == '#') continue;
                builder.AddClass(word, flags);
            }
        foreach (var path in _counted)
        {
            int lineNo = 0;
            foreach (var line in File.ReadLines(path, Encoding.UTF8))
            {
                lineNo++;
                if (line.Length == 0 || line[0] == '#') continue;
                var columns = line.Split('\t');
                if (columns.Length < 2 || !long.TryParse(columns[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out long count))
                    throw new FormatException($"{path}:{lineNo}: expected 'word<TAB>count'");
                if (count < MinCount) continue;
                if (!columns[0].Contains(' ')) { builder.AddAlone(columns[0], count); continue; }
                builder.Add(columns[0].Normalize(NormalizationForm.FormC), (byte)(SegmentLexicon.Counted | SegmentLexicon.Bucket(count)));
            }
        }
        return builder.Build();
    }
}
