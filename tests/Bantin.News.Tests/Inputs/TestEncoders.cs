using System.Text;

namespace Bantin.News.Tests.Inputs;

/// <summary>Vietnamese text in the encodings the decoders must recognise, written out independently of them.</summary>
internal static class TestEncoders
{
    // TCVN3 (VN3) bytes of the lower-case letters and Đ, written out from the standard's table (level, grave, acute,
    // hook, tilde, dot).
    private static readonly (string Letters, byte[] Bytes)[] Tcvn3Rows =
    [
        ("aàáảãạ", [0x61, 0xB5, 0xB8, 0xB6, 0xB7, 0xB9]), ("ăằắẳẵặ", [0xA8, 0xBB, 0xBE, 0xBC, 0xBD, 0xC6]),
        ("âầấẩẫậ", [0xA9, 0xC7, 0xCA, 0xC8, 0xC9, 0xCB]), ("eèéẻẽẹ", [0x65, 0xCC, 0xD0, 0xCE, 0xCF, 0xD1]),
        ("êềếểễệ", [0xAA, 0xD2, 0xD5, 0xD3, 0xD4, 0xD6]), ("iìíỉĩị", [0x69, 0xD7, 0xDD, 0xD8, 0xDC, 0xDE]),
        ("oòóỏõọ", [0x6F, 0xDF, 0xE3, 0xE1, 0xE2, 0xE4]), ("ôồốổỗộ", [0xAB, 0xE5, 0xE8, 0xE6, 0xE7, 0xE9]),
        ("ơờớởỡợ", [0xAC, 0xEA, 0xED, 0xEB, 0xEC, 0xEE]), ("uùúủũụ", [0x75, 0xEF, 0xF3, 0xF1, 0xF2, 0xF4]),
        ("ưừứửữự", [0xAD, 0xF5, 0xF8, 0xF6, 0xF7, 0xF9]), ("yỳýỷỹỵ", [0x79, 0xFA, 0xFD, 0xFB, 0xFC, 0xFE]),
        ("đĐ", [0xAE, 0xA7]),
    ];

    private static readonly Dictionary<char, byte> Tcvn3Bytes =
        Tcvn3Rows.SelectMany(r => r.Letters.Zip(r.Bytes)).ToDictionary(p => p.First, p => p.Second);

    /// <summary>TCVN3 bytes; text must be ASCII, lower-case Vietnamese letters and Đ.</summary>
    public static byte[] Tcvn3(string text) =>
        [.. text.Select(c => Tcvn3Bytes.TryGetValue(c, out byte b) ? b : c < 0x80 ? (byte)c : throw new ArgumentException($"no TCVN3 byte for '{c}'"))];

    private static readonly Encoding Cp1258 = CodePagesEncodingProvider.Instance.GetEncoding(1258)!;

    /// <summary>
    /// Windows-1258 bytes as Vietnamese Windows writes them: the letter without its tone (â, ê, ô, ă, ơ, ư, đ have
    /// bytes), then the tone as a combining mark. The framework's encoder would turn "ệ" into "?".
    /// </summary>
    public static byte[] Windows1258(string text)
    {
        var bytes = new List<byte>();
        foreach (char c in text.Normalize(NormalizationForm.FormC))
        {
            var parts = c.ToString().Normalize(NormalizationForm.FormD);
            var tone = parts.Where(p => p is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323').ToArray();
            var letter = new string([.. parts.Where(p => !tone.Contains(p))]).Normalize(NormalizationForm.FormC);
            bytes.AddRange(Strict1258(letter));
            foreach (var t in tone) bytes.AddRange(Strict1258(t.ToString()));
        }
        return [.. bytes];
    }

    private static byte[] Strict1258(string s)
    {
        var strict = (Encoding)Cp1258.Clone();
        strict.EncoderFallback = EncoderFallback.ExceptionFallback;
        return strict.GetBytes(s);
    }

    public static byte[] Utf16(string text, bool bigEndian, bool bom) =>
        [.. (bom ? new UnicodeEncoding(bigEndian, true).GetPreamble() : []), .. new UnicodeEncoding(bigEndian, false).GetBytes(text)];
}
