using Lucene.Net.Analysis;

namespace Bantin.Search.Analysis;

/// <summary>
/// The one analyzer for indexing and querying Vietnamese text (<see cref="VietnameseTokenizer"/>), so the terms of a
/// query always meet the terms of the index. Thread-safe (Lucene reuses one tokenizer per thread).
/// </summary>
public sealed class VietnameseAnalyzer(bool words = true) : Analyzer
{
    /// <summary>Syllable forms only, without segmentation: what snippets need to find matches, at a fraction of the cost.</summary>
    public static VietnameseAnalyzer SyllablesOnly { get; } = new(words: false);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new VietnameseTokenizer(reader, words));
}
