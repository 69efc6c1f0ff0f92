using AngleSharp.Dom;

namespace Bantin.News.Readers.Html;

/// <summary>
/// Estimates, in one walk of a page, how long SmartReader would take on it, and refuses a page over
/// <see cref="MaxSeconds"/> or <see cref="MaxElements"/> before SmartReader starts (it cannot be stopped once started).
/// Its steps that grow faster than the page, found by profiling pathological pages:
/// <list type="bullet">
/// <item><b>Loops over live collections.</b> It loops over every link (to make its address absolute), every table (to
/// mark data tables), every footer and fieldset (to remove them one by one) and every div (to clean it) through
/// AngleSharp's live collections, which walk the whole content again at every step: matches × elements.</item>
/// <item><b>Sibling steps.</b> It walks children with NextElementSibling, which searches the parent's child list from
/// the start: Σ children².</item>
/// <item><b>Reads per ancestor.</b> It asks every candidate block and every block it cleans for its whole text and
/// its counts of links, paragraphs, images and headings, so each character and each element is read again for every
/// element it sits in: Σ text × depth and Σ elements × depth.</item>
/// </list>
/// Pages with 10,000 links, 45,000 paragraphs in one block, 12,000 footers, or 700,000 characters 150 elements deep
/// took 5–80 s. The walk covers the whole cleaned body where SmartReader's loops cover only the content it picks, so the
/// estimate errs high. Template reading does not use SmartReader and is not limited.
/// </summary>
internal static class ReadabilityBudget
{
    /// <summary>
    /// A heavy news page, once cleaned (3,500 elements, 690 links, 20 deep), is estimated at 0.8 s, six times under; an
    /// encyclopedia page of 12,000 elements and 4,600 links is over (estimated 12.6 s, it took 5 s). The estimate errs
    /// high, so a real page without a rule keeps a wide margin, and a crafted one holds a core a few seconds at most.
    /// </summary>
    public const double MaxSeconds = 5;

    /// <summary>
    /// Steps not in the estimate still grow with the element count (60,000 headings in small blocks took 8–15 s): a
    /// page is refused over this many elements, five times a heavy news page's and more than an encyclopedia page's.
    /// </summary>
    public const int MaxElements = 20_000;

    // SmartReader 0.11.1's time per unit of each step on the reference machine, measured on pages that isolate it
    // (docs/benchmarks.md, bad input after stop 14) and rounded up: bare links or footers, thousands of divs, tens of
    // thousands of siblings, paragraphs at every level of a deep nest, small blocks under a chain 1,000 deep.
    private const double NanosPerLoopVisit = 200, NanosPerDivVisit = 5, NanosPerSiblingStep = 10,
        NanosPerCharacterRead = 30, NanosPerElementRead = 4_000;

    // Removed one by one or visited through live collections: links, tables, footers, fieldsets (divs apart, cheaper).
    private static readonly HashSet<string> LoopedTags = ["a", "table", "footer", "fieldset"];

    /// <summary>What one walk of a page found, and the time it forecasts.</summary>
    public readonly record struct Cost(
        int Elements, int Looped, int Divs, int Widest, long SiblingSteps, long Characters, long CharacterReads,
        long ElementReads)
    {
        public double Seconds =>
            ((double)Looped * Elements * NanosPerLoopVisit + (double)Divs * Elements * NanosPerDivVisit
             + SiblingSteps * NanosPerSiblingStep + CharacterReads * NanosPerCharacterRead
             + ElementReads * NanosPerElementRead) / 1e9;

        public double MeanDepth => Elements == 0 ? 0 : (double)ElementReads / Elements;
    }

    public static Cost Measure(IElement root)
    {
        int elements = 0, looped = 0, divs = 0, widest = 0;
        long siblingSteps = 0, characters = 0, characterReads = 0, elementReads = 0;
        var stack = new Stack<(INode Node, int Depth)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            if (node is IText text)
            {
                characters += text.Data.Length;
                characterReads += (long)text.Data.Length * depth;
                continue;
            }
            if (node is not IElement e) continue;
            elements++;
            elementReads += depth;
            if (LoopedTags.Contains(e.LocalName)) looped++;
            else if (e.LocalName == "div") divs++;
            var children = e.ChildNodes;
            widest = Math.Max(widest, children.Length);
            siblingSteps += (long)children.Length * children.Length;
            for (int i = 0; i < children.Length; i++) stack.Push((children[i], depth + 1));
        }
        return new Cost(elements, looped, divs, widest, siblingSteps, characters, characterReads, elementReads);
    }

    /// <summary>Why SmartReader is not asked to read <paramref name="root"/>, or null when it is within the limits.</summary>
    public static string? Refusal(IElement root)
    {
        var cost = Measure(root);
        if (cost.Seconds <= MaxSeconds && cost.Elements <= MaxElements) return null;
        var over = cost.Elements > MaxElements
            ? $"{cost.Elements:N0} elements, over the limit of {MaxElements:N0}"
            : $"SmartReader would take about {cost.Seconds:N1} s, over the {MaxSeconds:N0} s limit";
        return $"too big for the generic reader (no site rule for this site): {over} ({cost.Elements:N0} elements of "
               + $"which {cost.Looped:N0} links, tables, footers or fieldsets; up to {cost.Widest:N0} children in one "
               + $"element; {cost.MeanDepth:N0} deep on average, {cost.Characters:N0} characters of text)";
    }
}
