using Bantin.Text.Normalization;

namespace Bantin.Search.Analysis;

/// <summary>How a span of normalized text becomes a term in each <see cref="TermForm"/>.</summary>
public static class SearchTerms
{
    /// <summary>Writes the term of <paramref name="text"/> in <paramref name="form"/>; returns its length (never longer than the text).</summary>
    public static int Write(ReadOnlySpan<char> text, TermForm form, Span<char> destination)
    {
        int n = 0;
        bool fold = form is TermForm.Folded or TermForm.FoldedWord;
        bool word = form is TermForm.Word or TermForm.FoldedWord;
        foreach (char c in text)
        {
            char o = fold ? DiacriticFolder.Fold(c) : char.ToLowerInvariant(c);
            if (o == '\0') continue;
            if (word && o == ' ') o = '_';
            destination[n++] = o;
        }
        return n;
    }

    /// <summary>The term as a string.</summary>
    public static string Of(ReadOnlySpan<char> text, TermForm form)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        return new string(buffer[..Write(text, form, buffer)]);
    }

    /// <summary>True when folding changes more than the case (so a folded form is worth emitting).</summary>
    public static bool FoldingChanges(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
            if (DiacriticFolder.Fold(c) != char.ToLowerInvariant(c)) return true;
        return false;
    }
}
