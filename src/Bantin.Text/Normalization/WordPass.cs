using Bantin.Text.Syllables;

namespace Bantin.Text.Normalization;

/// <summary>
/// Word-level repairs in one scan: syllables split by a stray space (l iên → liên), tone marks moved to the chosen
/// style or out of places no style allows, and a report of sentence punctuation glued to the next sentence.
/// </summary>
internal static class WordPass
{
    public static void Run(EditBuilder edits, NormalizerOptions options)
    {
        string s = edits.Source;
        bool tones = options.Tone != ToneStyle.Keep || options.RepairTones;
        Span<char> buffer = stackalloc char[SyllableParser.MaxLength];
        int n = s.Length;
        for (int i = 0; i < n;)
        {
            if (!VietLetters.IsLetter(s[i])) { i++; continue; }
            int start = i, vowels = 0;
            bool toned = false;
            for (; i < n && VietLetters.IsLetter(s[i]); i++)
            {
                if (VietLetters.IsVowel(s[i])) vowels++;
                toned |= VietLetters.ToneOf(s[i]) != Tone.Level;
            }
            if (start > 0 && char.IsLetterOrDigit(s[start - 1])) continue; // inside a longer non-Vietnamese word
            if (i < n && (char.IsLetterOrDigit(s[i]) || ComposePass.IsCombining(s[i]))) continue; // ditto, or a mark follows

            if (options.RepairSplitSyllables && TryJoin(s, start, i, buffer, out int joinedEnd, out int joinedLength))
            {
                var joined = buffer[..joinedLength];
                if (tones && TryFixTone(joined, options, out var fixedTone, out _)) joined = fixedTone;
                edits.Replace(start, joinedEnd - start, joined, ChangeKind.SplitSyllable);
                i = joinedEnd;
                continue;
            }
            if (tones && toned && (vowels >= 2 || options.Tone != ToneStyle.Keep) && i - start <= SyllableParser.MaxLength
                && TryFixTone(s.AsSpan(start, i - start), options, out var fixedWord, out var kind))
                edits.Replace(start, i - start, fixedWord, kind);
        }
        if (options.ReportGluedSentences) GluedSentenceFinder.Report(edits);
    }

    /// <summary>
    /// True when the word [start, end) and the next one, separated by one space, are both not syllables while
    /// their join is; or when the first is a consonant cluster that cannot stand alone (ng, tr, ph) and the join is
    /// a syllable. The joined letters go to <paramref name="buffer"/>.
    /// </summary>
    private static bool TryJoin(string s, int start, int end, Span<char> buffer, out int joinedEnd, out int length)
    {
        joinedEnd = length = 0;
        int next = end + 1;
        if (next >= s.Length || s[end] != ' ' || !VietLetters.IsLetter(s[next]) || VietLetters.IsUpper(s[next])) return false;
        int nextEnd = next;
        while (nextEnd < s.Length && VietLetters.IsLetter(s[nextEnd])) nextEnd++;
        if (nextEnd < s.Length && char.IsLetterOrDigit(s[nextEnd])) return false;
        int len1 = end - start, len2 = nextEnd - next;
        if (len1 + len2 > SyllableParser.MaxLength) return false;
        var first = s.AsSpan(start, len1);
        var second = s.AsSpan(next, len2);
        if (SyllableParser.IsValid(first)) return false;
        if (SyllableParser.IsValid(second) && !IsBareOnsetCluster(first)) return false;
        first.CopyTo(buffer);
        second.CopyTo(buffer[len1..]);
        if (!SyllableParser.IsValid(buffer[..(len1 + len2)])) return false;
        joinedEnd = nextEnd;
        length = len1 + len2;
        return true;
    }

    // Two or three consonants and no vowel: a fragment, never a word or a unit (unlike "đ" or "m" after a number).
    private static bool IsBareOnsetCluster(ReadOnlySpan<char> word)
    {
        if (word.Length < 2) return false;
        foreach (char c in word) if (VietLetters.IsVowel(c)) return false;
        return true;
    }

    private static bool TryFixTone(ReadOnlySpan<char> word, NormalizerOptions options, out Span<char> result, out ChangeKind kind)
    {
        result = default;
        kind = ChangeKind.ToneStyle;
        if (!SyllableParser.TryParse(word, out var syl) || syl.Tone == Tone.Level) return false;
        bool valid = syl.IsTonePlacementValid;
        if (!valid && !options.RepairTones) return false;
        int target = options.Tone switch
        {
            ToneStyle.Old => syl.OldToneIndex,
            ToneStyle.New => syl.NewToneIndex,
            _ => valid ? syl.ToneIndex : syl.OldToneIndex,
        };
        if (target == syl.ToneIndex) return false;
        kind = valid ? ChangeKind.ToneStyle : ChangeKind.ToneRepair;
        result = new char[word.Length];
        word.CopyTo(result);
        result[syl.ToneIndex] = VietLetters.WithTone(word[syl.ToneIndex], Tone.Level);
        result[target] = VietLetters.WithTone(word[target], syl.Tone);
        return true;
    }
}
