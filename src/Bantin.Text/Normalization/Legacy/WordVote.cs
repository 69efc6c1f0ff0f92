namespace Bantin.Text.Normalization;

/// <summary>What one word that a legacy scheme would change says about whether the text uses that scheme.</summary>
internal enum WordVote
{
    /// <summary>No evidence either way (e.g. the word reads as Vietnamese both raw and decoded).</summary>
    None,
    /// <summary>Decodes into a Vietnamese syllable through marks only this scheme writes.</summary>
    StrongGood,
    /// <summary>Decoding through such marks gives no syllable: the scheme is probably wrong.</summary>
    StrongBad,
    /// <summary>Decodes into a syllable, but other texts show the same shape (one letter, a final "." or "?").</summary>
    WeakGood,
    /// <summary>A weak shape that decodes into no syllable.</summary>
    WeakBad,
}
