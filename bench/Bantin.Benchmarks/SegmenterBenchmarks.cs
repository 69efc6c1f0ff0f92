using System.Globalization;
using Bantin.Text.Normalization;
using Bantin.Text.Segmentation;
using Bantin.Text.Tokens;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Bantin.Benchmarks;

/// <summary>
/// Word segmentation over <see cref="NewsCorpus"/> (normalized paragraphs); each operation segments every paragraph
/// once, single-threaded. Words/s counts the words the segmenter outputs (punctuation tokens included).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class SegmenterBenchmarks
{
    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddColumn(new ThroughputColumn());
            AddColumn(new WordsPerSecondColumn());
        }
    }

    private string[] _texts = [];
    private Token[][] _tokens = [];
    private WordSegmenter _segmenter = null!;

    [GlobalSetup]
    public void Setup()
    {
        _texts = NewsCorpus.Paragraphs.Select(p => TextNormalizer.Default.Normalize(p).Text).ToArray();
        _tokens = _texts.Select(Tokenizer.Tokenize).ToArray();
        _segmenter = WordSegmenter.Default;
    }

    /// <summary>The segmenter alone, given normalized text and its tokens (what TextPipeline's word layer runs).</summary>
    [Benchmark(Baseline = true)]
    public int Segment()
    {
        int words = 0;
        for (int i = 0; i < _texts.Length; i++) words += _segmenter.Segment(_texts[i], _tokens[i]).Length;
        return words;
    }

    /// <summary>Tokenize, then segment.</summary>
    [Benchmark]
    public int TokenizeAndSegment()
    {
        int words = 0;
        foreach (var text in _texts) words += _segmenter.Segment(text).Length;
        return words;
    }

    /// <summary>What <c>bantin segment</c> does per line: normalize, tokenize, segment, format as underscored text.</summary>
    [Benchmark]
    public int SegmentedLines()
    {
        int chars = 0;
        foreach (var p in NewsCorpus.Paragraphs) chars += SegmentedLine.Format(p, TextNormalizer.Default, _segmenter).Length;
        return chars;
    }

    /// <summary>Words of the corpus per second of a benchmark's mean time.</summary>
    private sealed class WordsPerSecondColumn : IColumn
    {
        private static readonly Lazy<long> Words = new(() =>
            NewsCorpus.Paragraphs.Sum(p => (long)WordSegmenter.Default.Segment(TextNormalizer.Default.Normalize(p).Text).Length));

        public string Id => nameof(WordsPerSecondColumn);
        public string ColumnName => "words/s";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 1;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => "words (segmenter output, punctuation included) of the corpus per second";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
        {
            var stats = summary[benchmarkCase]?.ResultStatistics;
            return stats is null ? "-" : (Words.Value / (stats.Mean / 1e9)).ToString("N0", CultureInfo.InvariantCulture);
        }

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public bool IsAvailable(Summary summary) => true;
    }
}
