using Bantin.Text.Tokens;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace Bantin.Benchmarks;

/// <summary>Pre-tokenizer throughput over <see cref="NewsCorpus"/>; each operation tokenizes every paragraph once.</summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class TokenizerBenchmarks
{
    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new ThroughputColumn());
    }

    private IReadOnlyList<string> _paragraphs = [];

    [GlobalSetup]
    public void Setup() => _paragraphs = NewsCorpus.Paragraphs;

    /// <summary>The allocation-free enumerator: the Allocated column must read 0 B.</summary>
    [Benchmark(Baseline = true)]
    public int Enumerate()
    {
        int count = 0;
        foreach (var p in _paragraphs)
            foreach (var _ in Tokenizer.Enumerate(p)) count++;
        return count;
    }

    /// <summary>Materialized token arrays (what TextPipeline keeps).</summary>
    [Benchmark]
    public int Tokenize()
    {
        int count = 0;
        foreach (var p in _paragraphs) count += Tokenizer.Tokenize(p).Length;
        return count;
    }
}
