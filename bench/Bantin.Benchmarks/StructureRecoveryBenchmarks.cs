using Bantin.News.Evaluation;
using Bantin.News.Structure;
using BenchmarkDotNet.Attributes;

namespace Bantin.Benchmarks;

/// <summary>
/// Reading fused articles (the seeds' form, with the evaluation's noise) back into fields: the first 500 Dân trí
/// articles of ../shared/data/unc_dantri, fused exactly as <c>bantin eval read --noise</c> does. One operation reads all.
/// </summary>
[MemoryDiagnoser]
public class StructureRecoveryBenchmarks
{
    public const int Articles = 500;
    private List<string> _raw = [];

    [GlobalSetup]
    public void Setup()
    {
        var file = NewsCorpus.FindShared("data/unc_dantri/unc_dantri_shared.jsonl")
                   ?? throw new InvalidOperationException("../shared/data/unc_dantri is needed for this benchmark");
        _raw = [.. ArticleFuser.FromJsonl(file, noise: true, limit: Articles).Select(a => a.Raw)];
        Console.WriteLine($"// {_raw.Count} fused articles, {_raw.Sum(r => r.Length) / _raw.Count} chars on average");
    }

    [Benchmark(OperationsPerInvoke = Articles)]
    public int RecoverFusedArticle()
    {
        int n = 0;
        foreach (var raw in _raw) n += StructureRecovery.Recover(raw).Body.Count;
        return n;
    }
}
