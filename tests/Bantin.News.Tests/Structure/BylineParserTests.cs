using Bantin.News.Structure;

namespace Bantin.News.Tests.Structure;

/// <summary>Two by-line pieces run together at the end of a fused text, found without the model.</summary>
public class BylineParserTests
{
    [Theory]
    [InlineData("Kim DungTheo Reuters", "Theo Reuters")]          // a source note run into the author's name
    [InlineData("Minh PhươngTheo AFP, BBC", "Theo AFP, BBC")]
    [InlineData("Theo Thu HàVietnamNet", "VietnamNet")]            // an outlet run into a source note
    [InlineData("Theo Văn Đỗ, Tâm HiếuVOV", "VOV")]
    [InlineData("Theo Thu Hà", null)]
    [InlineData("Theo báo cáo của Bộ Y tếHà Nội", null)]           // a sentence, not a source note
    [InlineData("Kim Dung", null)]
    public void Finds_the_second_piece(string last, string? second)
    {
        int start = BylineParser.SourceNoteStart(last);
        Assert.Equal(second, start < 0 ? null : last[start..]);
    }
}
