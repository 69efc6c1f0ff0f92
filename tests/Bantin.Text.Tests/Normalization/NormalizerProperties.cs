using System.Text;
using Bantin.Text.Normalization;
using Bantin.Text.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bantin.Text.Tests.Normalization;

public class NormalizerProperties
{
    [Property(MaxTest = 500)]
    public Property Output_is_nfc() => Prop.ForAll(TextGenerators.Arbitrary(), s =>
        TextNormalizer.Default.Normalize(s).Text.IsNormalized(NormalizationForm.FormC));

    [Property(MaxTest = 500)]
    public Property Normalization_is_idempotent() => Prop.ForAll(TextGenerators.Arbitrary(), s =>
    {
        var once = TextNormalizer.Default.Normalize(s).Text;
        return TextNormalizer.Default.Normalize(once).Text == once;
    });

    [Property(MaxTest = 500)]
    public Property Nfc_only_normalization_equals_the_platform_nfc() => Prop.ForAll(TextGenerators.Arbitrary(), s =>
    {
        var nfcOnly = new TextNormalizer(new NormalizerOptions
        {
            From = SourceEncoding.Unicode, RepairTones = false, RepairSplitSyllables = false, ReplaceConfusables = false, DropZeroWidth = false,
            NormalizeSpaces = false, FixPunctuationSpacing = false, ReportGluedSentences = false,
        });
        var valid = ReplaceLoneSurrogates(s);
        return nfcOnly.Normalize(s).Text == valid.Normalize(NormalizationForm.FormC);
    });

    [Property(MaxTest = 500)]
    public Property Offsets_map_back_monotonically_and_in_range() => Prop.ForAll(TextGenerators.Arbitrary(), s =>
    {
        var r = TextNormalizer.Default.Normalize(s);
        int previousStart = 0, previousEnd = 0;
        for (int i = 0; i <= r.Text.Length; i++)
        {
            int start = r.Map.ToOriginalStart(i), end = r.Map.ToOriginalEnd(i);
            if (start < previousStart || end < previousEnd || start < 0 || end > s.Length || start > s.Length) return false;
            previousStart = start;
            previousEnd = end;
        }
        return r.Map.ToOriginalEnd(r.Text.Length) == s.Length || r.Text.Length == 0
               || s.AsSpan(r.Map.ToOriginalEnd(r.Text.Length)).Trim().IsEmpty || EndsWithDropped(s, r.Map.ToOriginalEnd(r.Text.Length));
    });

    [Property(MaxTest = 500)]
    public Property Changes_are_in_range_and_sorted() => Prop.ForAll(TextGenerators.Arbitrary(), s =>
    {
        var changes = TextNormalizer.Default.Normalize(s).Changes;
        for (int i = 0; i < changes.Count; i++)
        {
            var c = changes[i];
            if (c.Start < 0 || c.Length < 0 || c.Start + c.Length > s.Length) return false;
            if (i > 0 && changes[i - 1].Start > c.Start) return false;
        }
        return true;
    });

    [Property(MaxTest = 500)]
    public Property Folding_is_idempotent() => Prop.ForAll(TextGenerators.Arbitrary(), s =>
    {
        var once = DiacriticFolder.Fold(s);
        return DiacriticFolder.Fold(once) == once;
    });

    [Fact]
    public void Naughty_strings_and_huge_lines_do_not_throw()
    {
        foreach (var s in TextGenerators.Naughty)
        {
            var r = TextNormalizer.Default.Normalize(s);
            Assert.True(r.Text.IsNormalized(NormalizationForm.FormC), s);
        }
        const string piece = "Tổng Bí thư Nguyễn Phú Trọng hội kiến  Thủ tướng.Lý l iên\u00A0";
        var big = string.Concat(Enumerable.Repeat(piece, 10_000_000 / piece.Length + 1));
        Assert.True(big.Length >= 10_000_000);
        var result = TextNormalizer.Default.Normalize(big);
        Assert.True(result.Text.Length < big.Length);
        Assert.Equal(big.Length, result.Map.ToOriginalEnd(result.Text.Length) + 1); // the trailing NBSP is trimmed
    }

    private static bool EndsWithDropped(string s, int from)
    {
        foreach (char c in s.AsSpan(from)) if (!(char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD' or '\u2060')) return false;
        return true;
    }

    private static string ReplaceLoneSurrogates(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { sb.Append(c).Append(s[++i]); continue; }
            sb.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
        }
        return sb.ToString();
    }
}
