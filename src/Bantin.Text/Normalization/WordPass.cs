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
        if (!tones && !options.RepairSplitSyllables)
        {
            if (options.ReportGluedSentences) GluedSentenceFinder.Report(edits);
            return;
        }
        int n = s.Length;
        for (int i = 0; i < n;)
        {
            if (!VietLetters.IsLetter(s[i])) { i++; continue; }
            int start = i, vowels = 0;
            bool toned = false, plainMarked = false; // plainMarked: a mark on a/e/i/o/u/y, or a marked vowel before a ơ/ê…
            bool innerCapital = false; // "tủÔng": two words glued, not one syllable to re-mark
            for (; i < n; i++)
            {
                var f = VietLetters.Flags(s[i]);
                if (f == VietLetters.LetterFlags.None) break;
                innerCapital |= i > start && (f & VietLetters.LetterFlags.Upper) != 0 && !VietLetters.IsUpper(s[i - 1]);
                if ((f & VietLetters.LetterFlags.Vowel) == 0) continue;
                vowels++;
                bool special = (f & VietLetters.LetterFlags.OwnDiacritic) != 0;
                if ((f & VietLetters.LetterFlags.Toned) != 0)
                {
                    toned = true;
                    plainMarked |= !special;
                }
                else if (special && toned) plainMarked = true; // "lựơng": the mark stands before the vowel that takes it
            }
            if (start > 0 && char.IsLetterOrDigit(s[start - 1])) continue; // inside a longer non-Vietnamese word
            if (i < n && (char.IsLetterOrDigit(s[i]) || ComposePass.IsCombining(s[i]))) continue; // ditto, or a mark follows

            if (options.RepairSplitSyllables && MayBeSplit(s, start, i, vowels) && TryJoin(s, start, i, out var joined))
            {
                int joinedEnd = i + 1 + (joined.Length - (i - start));
                if (tones && TryFixTone(joined, options, out var fixedTone, out _)) joined = fixedTone;
                edits.Replace(start, joinedEnd - start, joined, ChangeKind.SplitSyllable);
                i = joinedEnd;
                continue;
            }
            // In keep mode, a mark on the last of the vowels with their own diacritic (người, Việt) is always right.
            bool mayBeWrong = options.Tone != ToneStyle.Keep ? vowels >= 2
                : vowels >= 2 && plainMarked && !PlainMarkIsSurelyRight(s.AsSpan(start, i - start));
            if (tones && toned && mayBeWrong && !innerCapital && i - start <= SyllableParser.MaxLength
                && TryFixTone(s.AsSpan(start, i - start), options, out var fixedWord, out var kind))
                edits.Replace(start, i - start, fixedWord, kind);
        }
        if (options.ReportGluedSentences) GluedSentenceFinder.Report(edits);
    }

    /// <summary>
    /// A cheap test before the syllable parses of <see cref="TryJoin"/>. A split leaves either a first piece that is a
    /// bare onset (l, ng, tr, qu) or a second piece without a vowel (Việ t); either way the pieces fit in one syllable.
    /// </summary>
    private static bool MayBeSplit(string s, int start, int end, int vowels)
    {
        int next = end + 1;
        if (next >= s.Length || s[end] != ' ') return false;
        var f = VietLetters.Flags(s[next]);
        if ((f & (VietLetters.LetterFlags.Letter | VietLetters.LetterFlags.Upper)) != VietLetters.LetterFlags.Letter) return false;
        bool bareFirst = vowels == 0 || end - start == 2 && IsBareOnsetCluster(s.AsSpan(start, 2));
        if (!bareFirst && (f & VietLetters.LetterFlags.Vowel) != 0) return false;
        int k = next + 1;
        for (; k < s.Length; k++)
        {
            f = VietLetters.Flags(s[k]);
            if (f == VietLetters.LetterFlags.None) break;
            if (!bareFirst && (f & VietLetters.LetterFlags.Vowel) != 0) return false;
        }
        return end - start + k - next <= SyllableParser.MaxLength;
    }

    /// <summary>
    /// True when the word [start, end) and the next one, separated by one space, are both not syllables while
    /// their join is; or when the first is a consonant cluster that cannot stand alone (ng, tr, ph) and the join is
    /// a syllable. The joined letters come back in <paramref name="joined"/>.
    /// </summary>
    private static bool TryJoin(string s, int start, int end, out Span<char> joined)
    {
        joined = default;
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
        Span<char> buffer = stackalloc char[len1 + len2];
        first.CopyTo(buffer);
        second.CopyTo(buffer[len1..]);
        if (!SyllableParser.IsValid(buffer)) return false;
        joined = buffer.ToArray(); // rare: only for a real split
        return true;
    }

    // Two or three consonants and no vowel, or qu/gi: an onset that is never a word or a unit by itself
    // (unlike "đ" or "m" after a number).
    private static bool IsBareOnsetCluster(ReadOnlySpan<char> word)
    {
        if (word.Length < 2) return false;
        if (word.Length == 2 && VietLetters.Base(word[0]) is 'q' or 'g' && VietLetters.Base(word[1]) == (VietLetters.Base(word[0]) == 'q' ? 'u' : 'i'))
            return true;
        foreach (char c in word) if (VietLetters.IsVowel(c)) return false;
        return true;
    }

    /// <summary>
    /// A quick yes for the common words whose only marked vowel is a plain one in a standard place (của, báo, hòa,
    /// hoà, toán): first of two vowels without a final consonant, second of oa/oe/uy, last before a final consonant.
    /// A no only means "parse it".
    /// </summary>
    private static bool PlainMarkIsSurelyRight(ReadOnlySpan<char> word)
    {
        int vs = 0;
        while (vs < word.Length && !VietLetters.IsVowel(word[vs])) vs++;
        if (vs > 0 && VietLetters.Base(word[vs - 1]) is 'q' or 'g') return false; // qu-, gi-: let the parser decide
        int ve = vs;
        while (ve < word.Length && VietLetters.IsVowel(word[ve])) ve++;
        int t = vs;
        while (t < ve && VietLetters.ToneOf(word[t]) == Tone.Level) t++;
        if (ve - vs != 2 || t == ve) return false;
        for (int k = vs; k < ve; k++) if (VietLetters.HasOwnDiacritic(word[k])) return false;
        if (ve < word.Length) return t == ve - 1;
        if (t == vs) return true;
        char a = VietLetters.Base(word[vs]), b = VietLetters.Base(word[vs + 1]);
        return a == 'o' && b is 'a' or 'e' || a == 'u' && b == 'y';
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
