using System.IO.Compression;
using Bantin.News.Structure;
using Bantin.News.Structure.Learning;

namespace Bantin.News.Tests.Structure.Learning;

public class BoundaryModelTests
{
    [Fact]
    public void A_model_round_trips_through_its_file_format()
    {
        var weights = new float[1 << 10];
        weights[3] = 12.5f;
        weights[700] = -0.75f;
        weights[1023] = 40.25f;
        var model = new BoundaryModel(weights);
        using var stream = new MemoryStream();
        model.Write(stream);
        stream.Position = 0;
        var back = BoundaryModel.Read(stream, "test");
        Assert.Equal(10, back.Bits);
        Assert.Equal(3, back.NonZero);
        foreach (uint h in new uint[] { 3, 700, 1023, 5, 3 + 1024 })
            Assert.Equal(model.Score([h]), back.Score([h]), 0.01f);
    }

    [Fact]
    public void A_file_that_is_no_model_is_refused_with_its_name()
    {
        using var stream = new MemoryStream();
        using (var gzip = new GZipStream(stream, CompressionLevel.Fastest, leaveOpen: true)) gzip.Write("not a model"u8);
        stream.Position = 0;
        var e = Assert.Throws<FormatException>(() => BoundaryModel.Read(stream, "x.bin.gz"));
        Assert.Contains("x.bin.gz", e.Message);
    }

    [Fact]
    public void A_truncated_model_is_refused()
    {
        var weights = new float[1 << 8];
        for (int k = 0; k < weights.Length; k++) weights[k] = k % 7 - 3;
        using var full = new MemoryStream();
        new BoundaryModel(weights).Write(full);
        using var raw = new MemoryStream();
        using (var gzip = new GZipStream(new MemoryStream(full.ToArray()), CompressionMode.Decompress)) gzip.CopyTo(raw);
        using var cut = new MemoryStream();
        using (var gzip = new GZipStream(cut, CompressionLevel.Fastest, leaveOpen: true)) gzip.Write(raw.ToArray().AsSpan(0, 40));
        cut.Position = 0;
        Assert.Throws<FormatException>(() => BoundaryModel.Read(cut, "cut"));
    }

    [Fact]
    public void The_shipped_model_is_small_and_shared_across_threads()
    {
        Assert.Same(BoundaryModel.Default, BoundaryModel.Default);
        Assert.InRange(BoundaryModel.Default.NonZero, 1_000, 200_000);
        const string raw = "Giá vàng tăng mạnhGiá vàng SJC tăng 200.000 đồng.Ông Nam cho biết nhu cầu tăng.Minh Anh";
        var expected = StructureRecovery.Recover(raw);
        var results = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, 64, _ => results.Add(string.Join("|", StructureRecovery.Recover(raw).Body)));
        Assert.All(results, r => Assert.Equal(string.Join("|", expected.Body), r));
    }
}
