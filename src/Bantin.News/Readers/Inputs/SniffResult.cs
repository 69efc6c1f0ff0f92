namespace Bantin.News.Readers.Inputs;

/// <summary>What the first bytes of an input say: its byte layout and the length of its byte-order mark (0 if none).</summary>
internal readonly record struct SniffResult(ByteEncoding Encoding, int BomLength);
