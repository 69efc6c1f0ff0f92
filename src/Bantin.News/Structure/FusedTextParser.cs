namespace Bantin.News.Structure;

/// <summary>Placeholder until structure recovery lands: the whole text as one body paragraph.</summary>
internal static class FusedTextParser
{
    public static RecoveredArticle Parse(string text, bool hasHead) =>
        new("", "", text.Length == 0 ? [] : [text], null, [], []);
}
