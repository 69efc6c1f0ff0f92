using System.Text;

namespace Bantin.Text.Tests.Normalization.Legacy;

/// <summary>The two ways the app hands us an 8-bit legacy file: bytes read as Windows-1252, or as Latin-1.</summary>
internal static class ByteArrival
{
    private static readonly Encoding Windows1252 = CreateWindows1252();

    /// <summary>cp1252; .NET maps its five undefined bytes to the C1 controls, as the app's fallback does.</summary>
    public static string AsCp1252(byte[] bytes) => Windows1252.GetString(bytes);

    /// <summary>Latin-1: bytes 0x80–0x9F become C1 controls.</summary>
    public static string AsLatin1(byte[] bytes) => Encoding.Latin1.GetString(bytes);

    private static Encoding CreateWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
