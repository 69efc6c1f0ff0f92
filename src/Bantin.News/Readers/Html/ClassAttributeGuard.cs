using AngleSharp.Dom;

namespace Bantin.News.Readers.Html;

/// <summary>
/// Drops class attributes that name more classes than any template writes, before anything selects by class. AngleSharp
/// builds an element's class list by checking each name against every name before it, so the first class selector
/// to look at one element of 80,000 class names (a 537 KB page) took 10 s, and five elements of 20,000 one-letter
/// names (392 KB, each attribute under 64 KB) 10 s: the cost is in the count of names, not the length of the value.
/// </summary>
internal static class ClassAttributeGuard
{
    /// <summary>
    /// Utility-class pages write a few dozen names on one element, news templates fewer than ten; the list of 256 names
    /// costs AngleSharp about 30,000 comparisons, nothing.
    /// </summary>
    public const int MaxNames = 256;

    /// <summary>Removes every class attribute of more than <see cref="MaxNames"/> names; one note for each.</summary>
    public static List<string> DropCrowded(IDocument document)
    {
        var notes = new List<string>();
        // The attribute selector reads the attribute's text; it does not build the class list.
        foreach (var e in document.QuerySelectorAll("[class]"))
        {
            var value = e.GetAttribute("class")!;
            int names = CountNames(value);
            if (names <= MaxNames) continue;
            e.RemoveAttribute("class");
            notes.Add($"class attribute of <{e.LocalName}> dropped: {names:N0} names, {value.Length:N0} characters");
        }
        return notes;
    }

    private static int CountNames(string value)
    {
        int names = 0;
        bool inName = false;
        foreach (char c in value)
        {
            // The class list splits at ASCII white space only.
            bool space = c is ' ' or '\t' or '\n' or '\r' or '\f';
            if (!space && !inName) names++;
            inName = !space;
        }
        return names;
    }
}
