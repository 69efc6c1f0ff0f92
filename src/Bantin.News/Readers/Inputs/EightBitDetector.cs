using System.Text;
using Bantin.Text.Normalization;
using Bantin.Text.Syllables;

namespace Bantin.News.Readers.Inputs;

/// <summary>
/// Recognises and decodes the 8-bit Vietnamese encodings: TCVN3 and VNI by <see cref="LegacyDecoder.Detect"/> on the
/// bytes read as Windows-1252, Windows-1258 by the syllables it decodes to (its tone marks are combining characters,
/// so nearly every accented word of a Windows-1258 text is a valid syllable after composition, and nearly none of a
/// text in another encoding).
/// </summary>
internal static class EightBitDetector
{
    /// <summary>Bytes judged; the first 64 KB around the first non-UTF-8 byte settle the question.</summary>
    public const int SampleBytes = 64 * 1024;

    /// <summary>Fewer accented words than this say nothing (a name, a symbol).</summary>
    private const int MinAccentedWords = 2;

    /// <summary>Share of accented words that must be valid syllables for Windows-1258.</summary>
    private const double MinValidShare = 0.8;

    // The framework carries the code pages; taking the encoding from the provider avoids registering it process-wide.
    private static readonly Encoding Windows1258 = CodePagesEncodingProvider.Instance.GetEncoding(1258)
        ?? throw new InvalidOperationException("Windows-1258 is not available from CodePagesEncodingProvider.");

    public static EightBit Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > SampleBytes) bytes = bytes[..SampleBytes];
        var legacy = LegacyDecoder.Detect(LegacyDecoder.ReadEightBit(bytes));
        if (legacy == SourceEncoding.Tcvn3) return EightBit.Tcvn3;
        if (legacy == SourceEncoding.Vni) return EightBit.Vni;
        return LooksWindows1258(bytes) ? EightBit.Windows1258 : EightBit.None;
    }

    public static string Decode(ReadOnlySpan<byte> bytes, EightBit encoding) => encoding switch
    {
        EightBit.Tcvn3 => LegacyDecoder.Decode(LegacyDecoder.ReadEightBit(bytes), SourceEncoding.Tcvn3),
        EightBit.Vni => LegacyDecoder.Decode(LegacyDecoder.ReadEightBit(bytes), SourceEncoding.Vni),
        // Windows-1258 writes tone marks as combining characters; composed, the text is what any other reader gives.
        EightBit.Windows1258 => Windows1258.GetString(bytes).Normalize(NormalizationForm.FormC),
        _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "Not an 8-bit encoding."),
    };

    /// <summary>The name reported for an encoding (<see cref="TextDecoding"/>'s constants).</summary>
    public static string Name(EightBit encoding) => encoding switch
    {
        EightBit.Windows1258 => TextDecoding.Windows1258,
        EightBit.Tcvn3 => TextDecoding.Tcvn3,
        EightBit.Vni => TextDecoding.Vni,
        _ => TextDecoding.Utf8,
    };

    private static bool LooksWindows1258(ReadOnlySpan<byte> bytes)
    {
        string text = Windows1258.GetString(bytes).Normalize(NormalizationForm.FormC);
        int accented = 0, valid = 0;
        for (int i = 0; i < text.Length;)
        {
            if (!char.IsLetter(text[i])) { i++; continue; }
            int start = i;
            bool nonAscii = false;
            while (i < text.Length && char.IsLetter(text[i])) nonAscii |= text[i++] > '\u007F';
            if (!nonAscii) continue;
            accented++;
            if (SyllableParser.IsValid(text.AsSpan(start, i - start))) valid++;
        }
        return accented >= MinAccentedWords && valid >= accented * MinValidShare;
    }
}
