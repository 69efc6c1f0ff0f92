using System.Diagnostics;
using System.Text;
using Bantin.Text.Normalization;

namespace Bantin.Text.Tests.Normalization.Legacy;

/// <summary>Detect runs on every input, so on ordinary text it must be one cheap pass that allocates nothing.</summary>
public class LegacyDetectorPerformanceTests
{
    private const int Megabyte = 1 << 20;

    /// <summary>Generous: the vectorized scan takes well under a millisecond per MB; this only catches a slow path.</summary>
    private const int MaxMillisecondsPerMegabyte = 100;

    private const int WarmUpCalls = 50;

    private static string Repeat(string paragraph, int length)
    {
        var sb = new StringBuilder(length + paragraph.Length);
        while (sb.Length < length) sb.Append(paragraph).Append('\n');
        return sb.ToString(0, length);
    }

    public static TheoryData<string, SourceEncoding> Texts() => new()
    {
        { "Thủ tướng nói: “Chúng ta phải hành động ngay” – đó là chỉ đạo của Chính phủ (ngày 21-3), có hiệu lực từ 1/7…", SourceEncoding.Unicode },
        { "Hµ Néi lµ thñ ®« cña n\u00ADíc Céng hßa X· héi Chñ nghÜa ViÖt Nam, ®· cã h¬n 1000 n¨m lÞch sö.", SourceEncoding.Tcvn3 },
        { "Ha` No^.i la` thu? ddo^ cu?a nu+o+'c Co^.ng ho`a Xa~ ho^.i Chu? nghi~a Vie^.t Nam\\.", SourceEncoding.Viqr },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Detect_on_a_megabyte_is_fast_and_allocation_free(string paragraph, SourceEncoding expected)
    {
        string text = Repeat(paragraph, Megabyte);
        Assert.Equal(expected, LegacyDecoder.Detect(text));
        // Past the JIT's tiering threshold, so that only Detect itself is measured.
        for (int i = 0; i < WarmUpCalls; i++) LegacyDecoder.Detect(text);

        const int runs = 5;
        var watch = new Stopwatch();
        bool allRight = true;
        long before = GC.GetAllocatedBytesForCurrentThread();
        watch.Start();
        for (int i = 0; i < runs; i++) allRight &= LegacyDecoder.Detect(text) == expected;
        watch.Stop();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(allRight);
        Assert.Equal(0, allocated);
        Assert.True(watch.ElapsedMilliseconds < runs * MaxMillisecondsPerMegabyte, $"{watch.ElapsedMilliseconds} ms for {runs} runs");
    }

    [Fact]
    public void Decoding_a_megabyte_of_tcvn3_is_linear()
    {
        // Dashes glued between letters once made each piece rescan the whole run.
        string text = Repeat("a–" + new string('b', 40), Megabyte);
        var watch = Stopwatch.StartNew();
        LegacyDecoder.Decode(text, SourceEncoding.Tcvn3);
        Assert.True(watch.ElapsedMilliseconds < 20 * MaxMillisecondsPerMegabyte, $"{watch.ElapsedMilliseconds} ms");
    }
}
