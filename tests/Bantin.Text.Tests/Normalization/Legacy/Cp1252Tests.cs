using Bantin.Text.Normalization;

namespace Bantin.Text.Tests.Normalization.Legacy;

public class Cp1252Tests
{
    [Fact]
    public void Every_byte_maps_back_from_both_readings()
    {
        for (int b = 0; b < 256; b++)
        {
            byte[] bytes = [(byte)b];
            Assert.Equal(b, Cp1252.ToByte(ByteArrival.AsCp1252(bytes)[0]));
            Assert.Equal(b, Cp1252.ToByte(ByteArrival.AsLatin1(bytes)[0]));
        }
    }

    [Theory]
    [InlineData('ệ')]
    [InlineData('Đ')]
    [InlineData('\u2028')]
    [InlineData('\uFFFD')]
    public void Characters_no_byte_gives_map_to_nothing(char c) => Assert.Equal(-1, Cp1252.ToByte(c));
}
