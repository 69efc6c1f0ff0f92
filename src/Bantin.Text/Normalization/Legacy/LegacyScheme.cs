using System.Buffers;
using System.Diagnostics.CodeAnalysis;

namespace Bantin.Text.Normalization;

/// <summary>
/// One legacy convention: where the words it may have written are, and how to decode one. The same word finder
/// drives decoding and detection, so detection judges exactly the words that decoding would change.
/// </summary>
internal abstract class LegacyScheme
{
    /// <summary>Words up to this length decode in a stack buffer; longer runs (never syllables) rent one.</summary>
    private const int StackWordLength = 128;

    /// <summary>
    /// Longest word detection judges: an 8-letter syllable spelled with two VIQR marks per vowel and "dd" stays below it.
    /// Longer runs are no syllables whatever the encoding, so they say nothing about which encoding it is.
    /// </summary>
    private const int MaxJudgedLength = 24;

    public static LegacyScheme? For(SourceEncoding encoding) => encoding switch
    {
        SourceEncoding.Unicode => null,
        SourceEncoding.Tcvn3 => Tcvn3Scheme.Instance,
        SourceEncoding.Vni => VniScheme.Instance,
        SourceEncoding.Viqr => ViqrScheme.Instance,
        _ => ThrowNotDecodable(encoding),
    };

    /// <summary>Characters that occur in every word this scheme changes; the scan jumps between them.</summary>
    protected abstract SearchValues<char> Triggers { get; }

    /// <summary>
    /// The word around <paramref name="trigger"/>, starting at or after <paramref name="floor"/>.
    /// Start == End means there is none; the scan then resumes at End (or just after the trigger).
    /// </summary>
    protected abstract (int Start, int End) FindWord(ReadOnlySpan<char> text, int trigger, int floor);

    /// <summary>Decodes a word found by <see cref="FindWord"/>. Decoding never lengthens: output.Length ≥ word.Length.</summary>
    public abstract int DecodeWord(ReadOnlySpan<char> word, Span<char> output);

    /// <summary>What a word this scheme changes says about the scheme.</summary>
    protected abstract WordVote Judge(ReadOnlySpan<char> word, ReadOnlySpan<char> decoded);

    /// <summary>Decodes every word of the builder's text, one replacement per changed word.</summary>
    public void Decode(EditBuilder builder)
    {
        var text = builder.Source.AsSpan();
        Span<char> stack = stackalloc char[StackWordLength];
        char[]? rented = null;
        int pos = 0;
        while (NextWord(text, ref pos, out int start, out int end))
        {
            var word = text[start..end];
            Span<char> output = word.Length <= stack.Length ? stack : Rent(ref rented, word.Length);
            var decoded = output[..DecodeWord(word, output)];
            if (decoded.SequenceEqual(word)) continue;
            // Punctuation left as it was at the end (the "?" of VIQR "the^'?") stays out of the replacement.
            int kept = 0;
            while (kept < decoded.Length && word[^(kept + 1)] == decoded[^(kept + 1)] && !char.IsLetter(decoded[^(kept + 1)])) kept++;
            builder.Replace(start, word.Length - kept, decoded[..^kept], ChangeKind.LegacyDecode);
        }
        if (rented is not null) ArrayPool<char>.Shared.Return(rented);
    }

    /// <summary>Adds the vote of every word of <paramref name="text"/> this scheme would change. Allocation-free.</summary>
    public void Tally(ReadOnlySpan<char> text, ref SchemeTally tally)
    {
        Span<char> buffer = stackalloc char[MaxJudgedLength];
        int pos = 0;
        while (NextWord(text, ref pos, out int start, out int end))
        {
            var word = text[start..end];
            if (word.Length > buffer.Length) continue;
            var decoded = buffer[..DecodeWord(word, buffer)];
            if (!decoded.SequenceEqual(word)) tally.Add(Judge(word, decoded));
        }
    }

    /// <summary>The usual judgement for byte encodings, whose words are letters only.</summary>
    protected static WordVote JudgeBytes(ReadOnlySpan<char> word, ReadOnlySpan<char> decoded)
    {
        if (!WordShape.IsWellFormed(decoded)) return WordVote.StrongBad;
        // A lone "µ" or "ª" is as likely a stray symbol as a one-letter word.
        if (decoded.Length < 2) return WordVote.WeakGood;
        // "cã" is TCVN3 for "có" but also the Unicode word "cã": no evidence either way.
        return WordShape.IsWellFormed(word) ? WordVote.None : WordVote.StrongGood;
    }

    private bool NextWord(ReadOnlySpan<char> text, ref int pos, out int start, out int end)
    {
        while (pos < text.Length)
        {
            int hit = text[pos..].IndexOfAny(Triggers);
            if (hit < 0) break;
            hit += pos;
            (start, end) = FindWord(text, hit, pos);
            pos = Math.Max(end, hit + 1);
            if (end > start) return true;
        }
        pos = text.Length;
        start = end = 0;
        return false;
    }

    private static char[] Rent(ref char[]? rented, int length)
    {
        if (rented is not null && rented.Length >= length) return rented;
        if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        return rented = ArrayPool<char>.Shared.Rent(length);
    }

    [DoesNotReturn]
    private static LegacyScheme ThrowNotDecodable(SourceEncoding encoding) =>
        throw new ArgumentOutOfRangeException(nameof(encoding), encoding,
            $"Cannot decode from '{encoding}'. Use Unicode, Tcvn3, Vni or Viqr (Auto is resolved by LegacyDecoder.Detect).");
}
