using System.Text;
using Bantin.Text.Normalization;

namespace Bantin.Text.Tests.Normalization.Legacy;

/// <summary>
/// Detect runs on every input, so on a large text it must allocate nothing. (Its speed is measured by
/// LegacyBenchmarks, not here: timed unit tests fail on busy machines and pass on slow code.)
/// </summary>
public class LegacyDetectorAllocationTests
{
    private const int Megabyte = 1 << 20;

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
    public void Detect_on_a_megabyte_allocates_nothing(string paragraph, SourceEncoding expected)
    {
        string text = Repeat(paragraph, Megabyte);
        Assert.Equal(expected, LegacyDecoder.Detect(text)); // warm-up: static tables are built once
        long before = GC.GetAllocatedBytesForCurrentThread();
        var detected = LegacyDecoder.Detect(text);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(expected, detected);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Long_runs_glued_with_dashes_decode_piece_by_piece()
    {
        // Dashes glued between letters once made each piece rescan the whole run (quadratic on this megabyte).
        string text = Repeat("a–" + new string('b', 40), Megabyte);
        var decoded = LegacyDecoder.Decode(text, SourceEncoding.Tcvn3);
        Assert.Equal(text.Length, decoded.Length);
    }
}
