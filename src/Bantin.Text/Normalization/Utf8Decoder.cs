using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Bantin.Text.Normalization;

/// <summary>
/// Decodes UTF-8 bytes, replacing each invalid sequence by U+FFFD and reporting where it was, instead of the silent
/// replacement of <see cref="Encoding.UTF8"/>.
/// </summary>
public static class Utf8Decoder
{
    /// <summary>An invalid byte sequence: its offset in the bytes and the offset of its U+FFFD in the text.</summary>
    public readonly record struct InvalidSequence(long ByteOffset, int Length, int CharOffset);

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="invalid"/> receives every replaced sequence (may be null).</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, List<InvalidSequence>? invalid)
    {
        var chars = ArrayPool<char>.Shared.Rent(bytes.Length + 1);
        try
        {
            int written = 0, read = 0;
            while (read < bytes.Length)
            {
                var status = Utf8.ToUtf16(bytes[read..], chars.AsSpan(written), out int r, out int w, replaceInvalidSequences: false);
                read += r;
                written += w;
                if (status == OperationStatus.Done) break;
                // Invalid or truncated: one U+FFFD for the maximal invalid subsequence, as the Unicode standard advises.
                Rune.DecodeFromUtf8(bytes[read..], out _, out int consumed);
                consumed = Math.Max(1, consumed);
                invalid?.Add(new InvalidSequence(read, consumed, written));
                chars[written++] = '\uFFFD';
                read += consumed;
            }
            return new string(chars, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
