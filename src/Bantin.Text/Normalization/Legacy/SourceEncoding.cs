namespace Bantin.Text.Normalization;

/// <summary>The convention a Vietnamese text was written in before it reached us.</summary>
public enum SourceEncoding
{
    /// <summary>Not known: detect it (<see cref="LegacyDecoder.Detect"/>) and decode only when the evidence is strong.</summary>
    Auto,
    /// <summary>Already Unicode; nothing to decode.</summary>
    Unicode,
    /// <summary>TCVN 5712:1993 (TCVN3, the ABC keyboard's .VnTime fonts), read as Windows-1252 or Latin-1.</summary>
    Tcvn3,
    /// <summary>VNI Windows fonts: an ASCII letter followed by a mark byte, read as Windows-1252 or Latin-1.</summary>
    Vni,
    /// <summary>VIQR (RFC 1456): ASCII with mnemonic marks after the vowel, e.g. "Vie^.t Nam".</summary>
    Viqr,
}
