using Bantin.News.Evaluation;
using Bantin.News.Structure.Learning;

namespace Bantin.News.Tests.Structure.Learning;

public class TrainingSourcesTests
{
    [Fact]
    public void The_held_out_slice_is_stable_and_about_one_in_k()
    {
        var ids = Enumerable.Range(0, 5000).Select(k => $"unc-news_world_{k:D3}").ToList();
        int held = ids.Count(id => HeldOut.Contains(id, 5));
        Assert.InRange(held, 850, 1150);
        Assert.Equal(ids.Where(id => HeldOut.Contains(id, 5)), ids.Where(id => HeldOut.Contains(id, 5)));
        Assert.DoesNotContain(ids, id => HeldOut.Contains(id, 0) || HeldOut.Contains(id, 1));
        // FNV-1a of "a" is 0xE40C292C: the slice must not change with the runtime's string hashing.
        Assert.Equal(0xE40C292Cu % 7 == 0, HeldOut.Contains("a", 7));
        Assert.Equal(0xE40C292Cu % 4 == 0, HeldOut.Contains("a", 4));
    }

    [Fact]
    public void Interleaving_spreads_a_small_stream_evenly_through_a_large_one()
    {
        var large = Enumerable.Range(0, 12).Select(k => $"L{k}");
        var small = Enumerable.Range(0, 3).Select(k => $"s{k}");
        var merged = BoundaryTraining.Interleave<string>([(large, 12), (small, 3)]).ToList();
        Assert.Equal(15, merged.Count);
        Assert.Equal(["s0", "s1", "s2"], merged.Where(x => x[0] == 's'));
        Assert.Equal(Enumerable.Range(0, 12).Select(k => $"L{k}"), merged.Where(x => x[0] == 'L'));
        var gaps = merged.Select((x, i) => (x, i)).Where(p => p.x[0] == 's').Select(p => p.i).ToList();
        Assert.Equal([2, 7, 12], gaps); // one small item in the middle of every five
    }

    [Fact]
    public void Interleaving_one_stream_keeps_it_as_it_is_and_a_short_count_does_not_drop_items()
    {
        Assert.Equal([1, 2, 3], BoundaryTraining.Interleave<int>([([1, 2, 3], 3)]));
        // Counts are estimates (records, not usable articles): a stream longer than its count is still read to its end.
        var merged = BoundaryTraining.Interleave<int>([([1, 2, 3, 4], 2), ([10, 20], 2)]).ToList();
        Assert.Equal([1, 2, 3, 4], merged.Where(x => x < 10));
        Assert.Equal([10, 20], merged.Where(x => x >= 10));
    }

    [Fact]
    public void Training_on_one_source_with_weight_one_is_training_on_that_file()
    {
        var file = TrainingFixture.Write(30);
        try
        {
            var one = Bytes(BoundaryTraining.Train(file, epochs: 2));
            var listed = Bytes(BoundaryTraining.Train([new TrainingSource(file)], int.MaxValue, 2, heldOut: 0));
            var weighted = Bytes(BoundaryTraining.Train([new TrainingSource(file, 2)], int.MaxValue, 2, heldOut: 0));
            var held = Bytes(BoundaryTraining.Train([new TrainingSource(file)], int.MaxValue, 2, heldOut: 3));
            Assert.Equal(one, listed);
            Assert.NotEqual(one, weighted);
            Assert.NotEqual(one, held);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static byte[] Bytes(BoundaryModel model)
    {
        using var stream = new MemoryStream();
        model.Write(stream);
        return stream.ToArray();
    }
}
