using Bantin.Text.Normalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace Bantin.Benchmarks;

/// <summary>Legacy-encoding detection runs on every input under auto: it must cost little on ordinary Unicode news.</summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class LegacyBenchmarks
{
    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new ThroughputColumn());
    }

    private IReadOnlyList<string> _paragraphs = [];

    [GlobalSetup]
    public void Setup() => _paragraphs = NewsCorpus.Paragraphs;

    [Benchmark]
    public int DetectOnUnicodeNews()
    {
        int n = 0;
        foreach (var p in _paragraphs) n += (int)LegacyDecoder.Detect(p);
        return n;
    }
}
