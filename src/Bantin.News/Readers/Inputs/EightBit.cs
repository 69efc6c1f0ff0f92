namespace Bantin.News.Readers.Inputs;

/// <summary>The 8-bit Vietnamese encodings recognised in bytes that are not UTF-8.</summary>
internal enum EightBit
{
    None,
    Windows1258,
    Tcvn3,
    Vni,
}
