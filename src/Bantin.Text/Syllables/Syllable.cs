namespace Bantin.Text.Syllables;

/// <summary>
/// A parsed Vietnamese syllable: where its onset ends, which tone it carries and on which letter, and where
/// the old (hòa) and new (hoà) spelling conventions put that tone. All positions are indices into the word.
/// </summary>
public readonly record struct Syllable(
    int OnsetLength,
    int VowelStart,
    int VowelLength,
    Tone Tone,
    int ToneIndex,
    int OldToneIndex,
    int NewToneIndex)
{
    /// <summary>True when the tone mark stands where at least one spelling convention puts it.</summary>
    public bool IsTonePlacementValid => Tone == Tone.Level || ToneIndex == OldToneIndex || ToneIndex == NewToneIndex;
}
