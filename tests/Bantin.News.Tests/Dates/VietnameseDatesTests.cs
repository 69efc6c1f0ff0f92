using System.Globalization;
using Bantin.News.Dates;

namespace Bantin.News.Tests.Dates;

public sealed class VietnameseDatesTests
{
    public static TheoryData<CaseFile.Case> Cases => CaseFile.Data("Dates/vietnamese-dates.cases");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case(CaseFile.Case c)
    {
        bool ok = VietnameseDates.TryParse(c.Input, out var value);
        if (c.Expected == "false")
        {
            Assert.False(ok, $"{c}: '{c.Input}' parsed as {value:O}");
            return;
        }
        Assert.True(ok, $"{c}: '{c.Input}' did not parse");
        Assert.Equal(c.Expected, value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Null_and_overlong_text_are_refused()
    {
        Assert.False(VietnameseDates.TryParse(null, out _));
        Assert.False(VietnameseDates.TryParse("12/1/2018 " + new string(' ', VietnameseDates.MaxLength), out _));
    }

    [Fact]
    public void Fractional_seconds_are_kept()
    {
        Assert.True(VietnameseDates.TryParse("2018-01-12T03:30:00.123Z", out var value));
        Assert.Equal(123, value.Millisecond);
    }

    [Theory]
    [InlineData("\0\0\0")]
    [InlineData("99/99/9999 99:99")]
    [InlineData("2018-13-45T99:99:99+99:99")]
    [InlineData("Fri, 45 Jan 2018 10:30:00 +0700")]
    [InlineData("12/1/2018 10:30 GMT+7:99")]
    [InlineData("\uD800 12/1/2018")]
    public void Garbage_is_refused_without_throwing(string text) => Assert.False(VietnameseDates.TryParse(text, out _));
}
