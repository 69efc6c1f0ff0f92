using System.Buffers;

namespace Bantin.Text.Normalization;

/// <summary>
/// Guesses a text's encoding. A vectorized scan looks for a legacy signature first and answers Unicode at once when
/// there is none, which is the case for ordinary Unicode text; only then is a bounded sample read word by word.
/// </summary>
internal static class LegacyDetector
{
    /// <summary>Evidence from this many characters suffices, and bounds the cost of a text that does show a signature.</summary>
    private const int SampleLength = 32 * 1024;

    /// <summary>The sample starts up to this far before the first signature, at a space, so it begins with whole words.</summary>
    private const int SampleLead = 256;

    private const string Whitespace = " \t\r\n\u00A0";

    // C1 controls and Latin-1 characters that are not Vietnamese letters: every TCVN3 sentence shows some (µ ¸ ¨ ­ ®),
    // every VNI sentence too (ø ï ñ ö), ordinary Unicode Vietnamese none. Plus VIQR's ( ^ + ` ~, which count only
    // right after a vowel. The cp1252 punctuation of 0x80–0x9F (“ ” – …) is left out: Unicode text is full of it.
    private static readonly SearchValues<char> Signature = SearchValues.Create(BuildSignature());

    public static SourceEncoding Detect(ReadOnlySpan<char> text)
    {
        int first = FirstSignature(text);
        if (first < 0) return SourceEncoding.Unicode;
        // Vietnamese letters beyond Latin-1 (ệ, ư, đ) cannot come out of legacy bytes read as cp1252: a text with a few
        // words of them anywhere is Unicode, whatever the sample below would say. This also keeps normalization
        // idempotent: its own output is never taken for legacy text on a second pass.
        if (CountUnicodeWords(text, enough: UnicodeWordsVeto) >= UnicodeWordsVeto) return SourceEncoding.Unicode;
        var sample = Sample(text, first);
        var evidence = new EncodingEvidence();
        Tcvn3Scheme.Instance.Tally(sample, ref evidence.Tcvn3);
        VniScheme.Instance.Tally(sample, ref evidence.Vni);
        ViqrScheme.Instance.Tally(sample, ref evidence.Viqr);
        evidence.CountPlainWords(sample);
        return evidence.Verdict();
    }

    /// <summary>Words of Unicode Vietnamese (letters beyond Latin-1) that prove a text is not legacy bytes.</summary>
    private const int UnicodeWordsVeto = 3;

    /// <summary>Whitespace-separated words holding a Vietnamese letter beyond Latin-1, counted up to <paramref name="enough"/>.</summary>
    private static int CountUnicodeWords(ReadOnlySpan<char> text, int enough)
    {
        int count = 0;
        bool inCountedWord = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c)) { inCountedWord = false; continue; }
            if (inCountedWord || c <= '\u00FF' || !Syllables.VietLetters.IsLetter(c)) continue;
            inCountedWord = true;
            if (++count >= enough) break;
        }
        return count;
    }

    private static int FirstSignature(ReadOnlySpan<char> text)
    {
        int pos = 0;
        while (pos < text.Length)
        {
            int hit = text[pos..].IndexOfAny(Signature);
            if (hit < 0) return -1;
            hit += pos;
            if (text[hit] > '\u007F' || (hit > 0 && "aeiouyAEIOUY".Contains(text[hit - 1]))) return hit;
            pos = hit + 1;
        }
        return -1;
    }

    private static ReadOnlySpan<char> Sample(ReadOnlySpan<char> text, int first)
    {
        int start = Math.Max(0, first - SampleLead);
        if (start > 0)
        {
            int space = text[start..first].IndexOfAny(Whitespace);
            start = space < 0 ? first : start + space + 1;
        }
        int end = Math.Min(text.Length, start + SampleLength);
        if (end < text.Length)
        {
            int space = text[first..end].LastIndexOfAny(Whitespace);
            if (space > 0) end = first + space;
        }
        return text[start..end];
    }

    private static char[] BuildSignature()
    {
        var chars = new List<char>("^(+`~");
        for (char c = '\u0080'; c <= '\u00FF'; c++)
            if (c != '\u00A0' && !Syllables.VietLetters.IsLetter(c)) chars.Add(c);
        return [.. chars];
    }
}
