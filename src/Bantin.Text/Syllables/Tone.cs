namespace Bantin.Text.Syllables;

/// <summary>The six Vietnamese tones, in the order the precomposed letter tables use.</summary>
public enum Tone : byte
{
    /// <summary>Thanh ngang (no mark): a.</summary>
    Level = 0,
    /// <summary>Thanh huyền (grave): à.</summary>
    Grave = 1,
    /// <summary>Thanh sắc (acute): á.</summary>
    Acute = 2,
    /// <summary>Thanh hỏi (hook above): ả.</summary>
    Hook = 3,
    /// <summary>Thanh ngã (tilde): ã.</summary>
    Tilde = 4,
    /// <summary>Thanh nặng (dot below): ạ.</summary>
    Dot = 5,
}
