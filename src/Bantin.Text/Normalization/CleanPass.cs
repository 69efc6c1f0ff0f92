namespace Bantin.Text.Normalization;

/// <summary>
/// One scan for invisible and spacing problems: lone surrogates, zero-width characters, odd spaces, space runs,
/// spaces at line ends, and spaces inside punctuation. Line breaks are kept: callers work line by line.
/// </summary>
internal static class CleanPass
{
    private const char ZeroWidthJoiner = '\u200D';

    public static void Run(EditBuilder edits, NormalizerOptions options)
    {
        string s = edits.Source;
        int n = s.Length;
        bool spaces = options.NormalizeSpaces, punct = options.FixPunctuationSpacing, zw = options.DropZeroWidth;
        for (int i = 0; i < n;)
        {
            // Most characters need nothing: one table lookup each (a scalar loop beats a vectorized search that
            // would stop at every space anyway).
            if (!CharClass.NeedsCleaning(s[i])) { i++; continue; }
            char c = s[i];
            if (c == ' ' && i > 0 && i + 1 < n && !CharClass.NeedsLookAfterSpace(s[i + 1])
                && !CharClass.IsOpening(s[i - 1]) && !CharClass.IsLineBreak(s[i - 1]))
            {
                i++; // an ordinary space between words
                continue;
            }
            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < n && char.IsLowSurrogate(s[i + 1])) { i += 2; continue; }
                edits.Replace(i, 1, "\uFFFD", ChangeKind.InvalidCharacter);
                i++;
                continue;
            }
            if (zw && CharClass.IsZeroWidth(c) && !(c == ZeroWidthJoiner && JoinsEmoji(s, i)))
            {
                if (spaces && TrySpaceRun(edits, s, i, options)) { i = NextAfterRun(s, i, options); continue; }
                edits.Replace(i, 1, "", ChangeKind.ZeroWidth);
                i++;
                continue;
            }
            if ((spaces || punct) && CharClass.IsSpace(c))
            {
                TrySpaceRun(edits, s, i, options);
                i = NextAfterRun(s, i, options);
                continue;
            }
            i++;
        }
    }

    // Invisible characters inside a space run go with it when spaces are normalized ("a \u200B b" → "a b").
    private static bool InRun(string s, int k, NormalizerOptions o) =>
        CharClass.IsSpace(s[k]) || (o.NormalizeSpaces && o.DropZeroWidth && CharClass.IsZeroWidth(s[k])
                                    && !(s[k] == ZeroWidthJoiner && JoinsEmoji(s, k)));

    private static int NextAfterRun(string s, int i, NormalizerOptions o)
    {
        int j = i + 1;
        while (j < s.Length && InRun(s, j, o)) j++;
        return j;
    }

    /// <summary>Handles the run of spaces (and invisible characters) starting at <paramref name="i"/>. False if it held no space.</summary>
    private static bool TrySpaceRun(EditBuilder edits, string s, int i, NormalizerOptions o)
    {
        int j = NextAfterRun(s, i, o);
        bool hasSpace = false;
        for (int k = i; k < j; k++) hasSpace |= CharClass.IsSpace(s[k]);
        if (!hasSpace) return false;

        int len = j - i;
        bool lineStart = i == 0 || CharClass.IsLineBreak(s[i - 1]);
        bool lineEnd = j == s.Length || CharClass.IsLineBreak(s[j]);
        if (o.NormalizeSpaces && (lineStart || lineEnd))
            edits.Replace(i, len, "", ChangeKind.Space);
        else if (o.FixPunctuationSpacing && !lineStart && !lineEnd && (CharClass.IsClosing(s[j]) || CharClass.IsOpening(s[i - 1]))
                 && !IsNumberAfterSpace(s, j, o) && !IsEllipsisAfterSpace(s, j) && !IsDottedWordAfterSpace(s, j))
            edits.Replace(i, len, "", ChangeKind.PunctuationSpace);
        else if (o.NormalizeSpaces && !(len == 1 && s[i] == ' '))
            edits.Replace(i, len, " ", ChangeKind.Space);
        return true;
    }

    // "ông A … cho biết", "phường .... Theo": a space before an ellipsis is the author's (it often stands for
    // something left out); only a single stop after a space is a spacing slip.
    private static bool IsEllipsisAfterSpace(string s, int j) =>
        s[j] == '…' || s[j] == '.' && j + 1 < s.Length && s[j + 1] == '.';

    // "tên miền .vn", "file .MP3, .wmv": after a space, a full stop glued to a short ASCII word is a file extension or
    // a domain, not the end of a sentence ("quốc tế .Chỉ một" is: Vietnamese letters follow).
    private static bool IsDottedWordAfterSpace(string s, int j)
    {
        if (s[j] != '.') return false;
        int k = j + 1;
        while (k < s.Length && char.IsAsciiLetterOrDigit(s[k])) k++;
        return k - j - 1 is >= 2 and <= 6 && char.IsAsciiLetter(s[j + 1]) && (k == s.Length || !char.IsLetter(s[k]));
    }

    // "giảm .5 điểm": " .5" starts a number after a word; but "7 ,5%" is one number with a stray space in it (also
    // when an invisible character sits in that space: "7 \u00AD,5").
    private static bool IsNumberAfterSpace(string s, int j, NormalizerOptions o) =>
        s[j] is '.' or ',' && j + 1 < s.Length && char.IsAsciiDigit(s[j + 1]) && !IsDigitBeforeRun(s, j, o);

    private static bool IsDigitBeforeRun(string s, int j, NormalizerOptions o)
    {
        int k = j - 1;
        while (k >= 0 && InRun(s, k, o)) k--;
        return k >= 0 && char.IsAsciiDigit(s[k]);
    }

    // ZWJ glues emoji sequences (👨‍👩‍👧); dropping it would change what the reader sees.
    private static bool JoinsEmoji(string s, int i) =>
        i > 0 && i + 1 < s.Length && (char.IsLowSurrogate(s[i - 1]) || s[i - 1] == '\uFE0F' || IsSymbol(s[i - 1]))
        && (char.IsHighSurrogate(s[i + 1]) || IsSymbol(s[i + 1]));

    private static bool IsSymbol(char c) => c > '\u2000' && char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.OtherSymbol;
}
