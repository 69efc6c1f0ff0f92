namespace Bantin.Text.Normalization;

/// <summary>Where tone marks go in oa, oe, uy without a final consonant.</summary>
public enum ToneStyle
{
    /// <summary>Never move a mark the author placed where some convention allows it (default).</summary>
    Keep,
    /// <summary>Traditional placement: hòa, khỏe, thủy.</summary>
    Old,
    /// <summary>Placement of the 1984 orthography rules: hoà, khoẻ, thuỷ.</summary>
    New,
}
