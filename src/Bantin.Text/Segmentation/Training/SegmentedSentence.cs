namespace Bantin.Text.Segmentation.Training;

/// <summary>
/// A sentence with its gold segmentation: its units (syllables, numbers, punctuation…) and, for every gap
/// <c>g</c> between unit <c>g - 1</c> and unit <c>g</c>, whether the gap lies inside a word.
/// </summary>
public sealed class SegmentedSentence
{
    public SegmentedSentence(IReadOnlyList<string> units, IReadOnlyList<bool> joins)
    {
        if (units.Count != joins.Count) throw new ArgumentException("One join flag per unit is expected.", nameof(joins));
        Units = units;
        Joins = joins;
    }

    public IReadOnlyList<string> Units { get; }

    /// <summary>Joins[g] is true when unit g continues the word of unit g - 1; Joins[0] is always false.</summary>
    public IReadOnlyList<bool> Joins { get; }

    /// <summary>The words, each a list of units.</summary>
    public IEnumerable<string[]> Words()
    {
        var word = new List<string>();
        for (int i = 0; i < Units.Count; i++)
        {
            if (i > 0 && !Joins[i]) { yield return word.ToArray(); word.Clear(); }
            word.Add(Units[i]);
        }
        if (word.Count > 0) yield return word.ToArray();
    }

    /// <summary>From words given as their units.</summary>
    public static SegmentedSentence FromWords(IEnumerable<IReadOnlyList<string>> words)
    {
        var units = new List<string>();
        var joins = new List<bool>();
        foreach (var word in words)
            for (int i = 0; i < word.Count; i++)
            {
                units.Add(word[i]);
                joins.Add(i > 0);
            }
        return new SegmentedSentence(units, joins);
    }

    /// <summary>From the underscore form: words separated by white space, units of a word joined by <c>_</c>.</summary>
    public static SegmentedSentence FromUnderscored(string line) =>
        FromWords(line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => (IReadOnlyList<string>)w.Split('_', StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Count > 0));

    /// <summary>The underscore form of the sentence.</summary>
    public override string ToString() => string.Join(' ', Words().Select(w => string.Join('_', w)));

    /// <summary>The raw line a segmenter sees: all units separated by single spaces.</summary>
    public string RawText => string.Join(' ', Units);
}
