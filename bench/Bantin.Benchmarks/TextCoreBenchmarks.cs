using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Bantin.Text.Normalization;
using Bantin.Text.Pipeline;
using Bantin.Text.Sentences;
using Bantin.Text.Tokens;

namespace Bantin.Benchmarks;

/// <summary>The text core over real news paragraphs; each operation processes the whole corpus once.</summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class TextCoreBenchmarks
{
    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new ThroughputColumn());
    }

    private IReadOnlyList<string> _paragraphs = [];
    private readonly List<SentenceSpan> _sentences = [];

    [GlobalSetup]
    public void Setup()
    {
        _paragraphs = NewsCorpus.Paragraphs;
        Console.WriteLine($"// corpus: {NewsCorpus.Source}: {_paragraphs.Count} paragraphs, {NewsCorpus.Utf8Bytes / 1e6:F2} MB UTF-8");
    }

    [Benchmark]
    public int Normalize()
    {
        int n = 0;
        foreach (var p in _paragraphs) n += TextNormalizer.Default.Normalize(p).Text.Length;
        return n;
    }

    [Benchmark]
    public int SplitSentences()
    {
        int n = 0;
        foreach (var p in _paragraphs)
        {
            _sentences.Clear();
            SentenceSplitter.Split(p, _sentences);
            n += _sentences.Count;
        }
        return n;
    }

    /// <summary>The hand-written rules alone, without the learned model's decisions (for the ratio).</summary>
    [Benchmark]
    public int SplitSentencesRulesOnly()
    {
        int n = 0;
        foreach (var p in _paragraphs)
        {
            _sentences.Clear();
            SentenceSplitter.Split(p, _sentences, model: null);
            n += _sentences.Count;
        }
        return n;
    }

    /// <summary>The figure: normalize, tokenize (allocation-free enumeration) and split, one paragraph at a time.</summary>
    [Benchmark]
    public int NormalizeTokenizeSplit()
    {
        int n = 0;
        foreach (var p in _paragraphs)
        {
            var text = TextNormalizer.Default.Normalize(p).Text;
            foreach (var _ in Tokenizer.Enumerate(text)) n++;
            _sentences.Clear();
            SentenceSplitter.Split(text, _sentences);
            n += _sentences.Count;
        }
        return n;
    }

    /// <summary>The same through <see cref="TextPipeline"/>, which keeps every annotation in a TextDocument.</summary>
    [Benchmark]
    public int PipelineAnalyze()
    {
        int n = 0;
        foreach (var p in _paragraphs)
        {
            var doc = TextPipeline.Default.Analyze(p);
            n += doc.Tokens.Count + doc.Sentences.Count;
        }
        return n;
    }

    [Benchmark]
    public int NormalizeAndSplit()
    {
        int n = 0;
        foreach (var p in _paragraphs)
        {
            var text = TextNormalizer.Default.Normalize(p).Text;
            _sentences.Clear();
            SentenceSplitter.Split(text, _sentences);
            n += _sentences.Count;
        }
        return n;
    }
}
