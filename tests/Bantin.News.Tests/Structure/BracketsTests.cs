using Bantin.News.Structure;

namespace Bantin.News.Tests.Structure;

public class BracketsTests
{
    [Theory]
    [InlineData("Bà Whang-Od. (Ảnh:|The Independent).")]
    [InlineData("trú tại phường 4 (TP.|Hồ Chí Minh) về tội")]
    public void Inside_an_aside(string marked) => Assert.True(Enclose(marked));

    [Theory]
    [InlineData("Bà Whang-Od (Ảnh: The Independent).|Bà năm nay 104 tuổi")] // after it closes
    [InlineData("phát biểu tại hội nghị|(Ảnh: Reuters).")]                  // where it opens
    [InlineData("kết quả (xem bảng|Điểm thi")]                              // never closed
    [InlineData("(ảnh) ông nói.|Sau đó (ngày 5/4)")]                        // between two asides
    public void Outside(string marked) => Assert.False(Enclose(marked));

    private static bool Enclose(string marked)
    {
        int i = marked.IndexOf('|');
        return Brackets.Enclose(marked.Remove(i, 1), i);
    }
}
