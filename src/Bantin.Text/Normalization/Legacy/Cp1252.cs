namespace Bantin.Text.Normalization;

/// <summary>
/// The 0x80–0x9F row of Windows-1252. An 8-bit legacy file reaches us decoded as cp1252 (Latin-1 for the five
/// bytes cp1252 leaves undefined), or sometimes as plain Latin-1; a byte of this row therefore arrives either as one
/// of these characters or as the C1 control of the same number, and both must lead back to the byte.
/// </summary>
internal static class Cp1252
{
    // Index = byte - 0x80. The undefined bytes 81, 8D, 8F, 90, 9D stand for themselves.
    private const string HighRow =
        "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
        "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    // All cp1252 characters outside Latin-1 lie in U+0152..U+2122; the range test keeps the search off Vietnamese letters.
    private const char LowestSpecial = '\u0152', HighestSpecial = '\u2122';

    /// <summary>The characters cp1252 puts at 0x80–0x9F where Latin-1 has C1 controls.</summary>
    public static IEnumerable<char> Specials => HighRow.Where(c => c > '\u00FF');

    /// <summary>The byte that decodes to <paramref name="c"/> under cp1252 or Latin-1, or -1 when there is none.</summary>
    public static int ToByte(char c)
    {
        if (c <= '\u00FF') return c;
        if (c < LowestSpecial || c > HighestSpecial) return -1;
        int i = HighRow.IndexOf(c);
        return i < 0 ? -1 : 0x80 + i;
    }

    /// <summary>True for a character cp1252 decoded from 0x80–0x9F (not for the C1 control of the same byte).</summary>
    public static bool IsSpecial(char c) => c > '\u00FF' && ToByte(c) >= 0;

    /// <summary>
    /// Decodes 8-bit text as Windows-1252, Latin-1 for its five undefined bytes: how legacy TCVN3/VNI bytes reach
    /// <see cref="LegacyDecoder"/>. Never fails: every byte maps to one character.
    /// </summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        for (int i = 0; i < bytes.Length; i++)
        {
            byte b = bytes[i];
            chars[i] = b is >= 0x80 and <= 0x9F ? HighRow[b - 0x80] : (char)b;
        }
        return new string(chars);
    }
}
