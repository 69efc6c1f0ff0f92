using Bantin.Text.Tokens;

namespace Bantin.Text.Tests.Tokens;

public class TokenizerAllocationTests
{
    private static int CountTokens(string text)
    {
        int count = 0;
        foreach (var _ in Tokenizer.Enumerate(text)) count++;
        return count;
    }

    [Fact]
    public void Enumerate_allocates_nothing_per_token()
    {
        var small = NewsText.Line(100_000);
        var large = NewsText.Line(1_000_000);
        for (int i = 0; i < 3; i++) CountTokens(large); // warm up: static tables, syllable cache, tiered JIT

        long before = GC.GetAllocatedBytesForCurrentThread();
        int smallTokens = CountTokens(small);
        long smallBytes = GC.GetAllocatedBytesForCurrentThread() - before;
        before = GC.GetAllocatedBytesForCurrentThread();
        int largeTokens = CountTokens(large);
        long largeBytes = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(largeTokens > 150_000, $"{largeTokens} tokens");
        Assert.True(largeBytes < 1024 && smallBytes < 1024,
            $"{smallBytes} bytes for {smallTokens} tokens, {largeBytes} bytes for {largeTokens} tokens");
    }
}
