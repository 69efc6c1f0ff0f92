namespace Bantin.Text.Normalization;

/// <summary>
/// Turns Vietnamese text written in a pre-Unicode convention (TCVN3/ABC, VNI Windows, VIQR) into NFC Unicode, and
/// guesses which convention a text uses. Legacy 8-bit text is expected as the app reads it: bytes that are not
/// UTF-8 decoded as Windows-1252 (Latin-1 for its undefined bytes), or as Latin-1; both are understood.
/// Thread-safe: all tables are static and read-only.
/// </summary>
public static class LegacyDecoder
{
    /// <summary>
    /// Decodes <paramref name="text"/> from <paramref name="encoding"/>; <see cref="SourceEncoding.Auto"/> decodes only
    /// when <see cref="Detect"/> names a legacy encoding. Returns <paramref name="text"/> itself when nothing changes.
    /// </summary>
    public static string Decode(string text, SourceEncoding encoding)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new EditBuilder(text, OffsetMap.Identity, []);
        Decode(builder, encoding);
        return builder.Build().Text;
    }

    /// <summary>
    /// Decodes the builder's text, recording one <see cref="ChangeKind.LegacyDecode"/> replacement per changed word,
    /// in order. An explicit encoding always decodes; Auto only on the verdict of <see cref="Detect"/>.
    /// </summary>
    internal static void Decode(EditBuilder builder, SourceEncoding encoding)
    {
        if (encoding == SourceEncoding.Auto) encoding = Detect(builder.Source);
        LegacyScheme.For(encoding)?.Decode(builder);
    }

    /// <summary>
    /// The text's most likely encoding; <see cref="SourceEncoding.Unicode"/> unless the evidence is strong: several
    /// words that are not Vietnamese as they stand but decode into valid syllables, and few that decode into nonsense.
    /// Cheap on ordinary Unicode text: one vectorized scan that finds no legacy signature.
    /// </summary>
    public static SourceEncoding Detect(ReadOnlySpan<char> text) => LegacyDetector.Detect(text);

    /// <summary>
    /// Reads 8-bit bytes (a TCVN3 or VNI file) the way <see cref="Decode(string, SourceEncoding)"/> expects them:
    /// Windows-1252, Latin-1 for its undefined bytes. Every byte becomes one character.
    /// </summary>
    public static string ReadEightBit(ReadOnlySpan<byte> bytes) => Cp1252.Decode(bytes);
}
