namespace Bantin.News.Readers.Inputs;

/// <summary>
/// A whole input decoded to a string: the text, the encoding it was read as (<see cref="TextDecoding.Utf8"/>,
/// <see cref="TextDecoding.Utf16LE"/>, …) and what went wrong on the way (invalid bytes replaced with U+FFFD), each with
/// its line (0 for the whole input).
/// </summary>
public sealed record DecodedText(string Text, string Encoding, IReadOnlyList<ReadError> Warnings);
