using Bantin.Text.Syllables;

namespace Bantin.Text.Normalization;

/// <summary>
/// TCVN 5712:1993 single bytes. VN3 (what the ABC keyboard and .VnTime fonts write) has the lower-case letters
/// and Ă Â Ê Ô Ơ Ư Đ; the full VN1 table adds the upper-case toned vowels in 0x80–0x9F, in spare places of the
/// upper half and in C0 controls no text uses. VN3 is a subset at the same positions, so one table decodes both.
/// </summary>
internal static class Tcvn3Table
{
    // Bytes 0x80..0xFF. '\0' marks A0 (no-break space, kept as is) and B0..B4 (tone marks, see MarkTone).
    private const string High =
        "ÀẢÃÁẠẶẬÈẺẼÉẸỆÌỈĨ" + // 80
        "ÍỊÒỎÕÓỌỘỜỞỠỚỢÙỦŨ" + // 90
        "\0ĂÂÊÔƠƯĐăâêôơưđẰ" + // A0
        "\0\0\0\0\0àảãáạẲằẳẵắẴ" + // B0
        "ẮẦẨẪẤỀặầẩẫấậèỂẻẽ" + // C0
        "éẹềểễếệìỉỄẾỒĩíịò" + // D0
        "Ổỏõóọồổỗốộờởỡớợù" + // E0
        "ỖủũúụừửữứựỳỷỹýỵỐ";  // F0

    // Bytes 0x00..0x17: VN1 stores Ú Ụ Ừ Ử Ữ Ứ Ự Ỳ Ỷ Ỹ Ý Ỵ in C0 controls, skipping those text uses (tab, LF, CR…).
    private const string Low = "\0ÚỤ\0ỪỬỮ\0\0\0\0\0\0\0\0\0\0ỨỰỲỶỸÝỴ";

    /// <summary>The letter byte <paramref name="b"/> stands for, or '\0' when it is not a letter.</summary>
    public static char Letter(int b) => b switch
    {
        >= 0x80 and <= 0xFF => High[b - 0x80],
        >= 0 and < 0x18 => Low[b],
        _ => '\0',
    };

    /// <summary>The tone of the combining-mark bytes B0..B4 (grave, hook, tilde, acute, dot); Level for any other byte.</summary>
    public static Tone MarkTone(int b) => b switch
    {
        0xB0 => Tone.Grave,
        0xB1 => Tone.Hook,
        0xB2 => Tone.Tilde,
        0xB3 => Tone.Acute,
        0xB4 => Tone.Dot,
        _ => Tone.Level,
    };
}
