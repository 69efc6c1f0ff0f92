using System.Text;
using System.Text.Json;
using Bantin.Text.Tokens;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Bantin.Benchmarks;

/// <summary>
/// Pre-tokenizer throughput over real Vietnamese news: title, sapo and body of VietNews dev articles, about 1M chars
/// (set BANTIN_VIETNEWS to another JSONL file; without one, a built-in news paragraph is repeated). The MB/s column
/// counts the text as UTF-16 (2 bytes a char), what the tokenizer reads.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class TokenizerBenchmarks
{
    private string _text = "";

    [GlobalSetup]
    public void Setup() => _text = NewsCorpus.Text;

    [Benchmark(Baseline = true)]
    public int Enumerate()
    {
        int count = 0;
        foreach (var _ in Tokenizer.Enumerate(_text)) count++;
        return count;
    }

    [Benchmark]
    public int Tokenize() => Tokenizer.Tokenize(_text).Length;

    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig() => AddColumn(new ThroughputColumn());
    }

    /// <summary>MB/s of UTF-16 text from the mean time; computed in the host, which loads the same text.</summary>
    private sealed class ThroughputColumn : IColumn
    {
        public string Id => nameof(ThroughputColumn);
        public string ColumnName => "MB/s (UTF-16)";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => "Text size in UTF-16 bytes divided by the mean time";
        public bool IsAvailable(Summary summary) => true;
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
            GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
            return mean is > 0 ? (NewsCorpus.Text.Length * 2.0 / (mean.Value / 1e9) / 1e6).ToString("F0") : "?";
        }
    }
}

/// <summary>The benchmark text, loaded once per process.</summary>
internal static class NewsCorpus
{
    private const string DefaultPath = "/work/shared/data/vietnews/vietnews_dev_2k.jsonl";
    private const int TargetChars = 1_000_000;

    private const string Fallback =
        "Chủ tịch nước Trần Đại Quang và Tổng thống Belarus Alexander Lukashenko hội đàm tại Minsk ngày 26 - 28/6, " +
        "nâng kim ngạch thương mại lên 500 triệu USD, tăng 3,5% so với năm 2017. Hai nước cũng ký 9 văn kiện hợp tác " +
        "(theo TTXVN). PGS.TS Nguyễn Văn A, ĐH Quốc gia TP.HCM, cho biết lúc 13h30: \"Giá xăng giảm 1.000 đồng/lít\". " +
        "Người dân ở các tỉnh miền Trung đang khẩn trương khắc phục hậu quả của cơn bão số 9, trong khi nhiều tuyến " +
        "đường vẫn bị ngập sâu và chính quyền địa phương tiếp tục sơ tán hàng nghìn hộ dân đến nơi an toàn.\n";

    private static readonly Lazy<string> Loaded = new(Load);

    public static string Text => Loaded.Value;

    private static string Load()
    {
        var path = Environment.GetEnvironmentVariable("BANTIN_VIETNEWS") ?? DefaultPath;
        var text = new StringBuilder(TargetChars + 10_000);
        if (File.Exists(path))
        {
            foreach (var line in File.ReadLines(path))
            {
                using var article = JsonDocument.Parse(line);
                foreach (var field in new[] { "title", "sapo", "body" })
                    if (article.RootElement.TryGetProperty(field, out var value)) Append(text, value);
                if (text.Length >= TargetChars) break;
            }
        }
        while (text.Length < TargetChars) text.Append(Fallback);
        return text.ToString();
    }

    private static void Append(StringBuilder text, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.String) text.Append(value.GetString()).Append('\n');
        else if (value.ValueKind == JsonValueKind.Array)
            foreach (var item in value.EnumerateArray()) Append(text, item);
    }
}
