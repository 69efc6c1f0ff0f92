namespace Bantin.Text.Evaluation;

/// <summary>
/// The baseline the sentence evaluation reports beside Bantin's splitter: split after <c>. ! ? …</c> (and closing
/// quotes) followed by white space and a capital letter or an opening quote. No abbreviations, no glued boundaries.
/// </summary>
public static class NaiveSentenceSplitter
{
    public static IEnumerable<string> Split(string text)
    {
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('.' or '!' or '?' or '…')) continue;
            int end = i + 1;
            while (end < text.Length && text[end] is '.' or '!' or '?' or '…' or '"' or '”' or '’' or ')') end++;
            int next = end;
            while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
            if (next == end || next >= text.Length) { i = end - 1; continue; }
            if (char.IsUpper(text[next]) || text[next] is '"' or '“' or '\'')
            {
                yield return text[start..end].Trim();
                start = next;
            }
            i = next - 1;
        }
        if (start < text.Length && text[start..].Trim().Length > 0) yield return text[start..].Trim();
    }
}
