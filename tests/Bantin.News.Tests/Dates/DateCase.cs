namespace Bantin.News.Tests.Dates;

/// <summary>One line of a date case file: where it is, the input, and the expected ISO date or "false".</summary>
public sealed record DateCase(string File, int Line, string Input, string Expected)
{
    public override string ToString() => $"{File}:{Line}";
}
