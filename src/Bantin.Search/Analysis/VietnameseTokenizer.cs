using Bantin.Text.Normalization;
using Bantin.Text.Pipeline;
using Segmentation = Bantin.Text.Segmentation;
using TokenKind = Bantin.Text.Tokens.TokenKind;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Bantin.Search.Analysis;

/// <summary>
/// Turns a field's text into Lucene tokens through Bantin's text core: normalization (NFC, spaces, split syllables,
/// one tone-mark placement), the pre-tokenizer and the word segmenter. Each syllable, number or foreign word is one
/// position carrying its accented form and, when different, its folded form (position increment 0); a word of several
/// syllables adds its joined forms at its first position with a position length of its syllable count. Punctuation,
/// symbols and emoji are not indexed. Offsets point into the text as given (through the normalizer's offset map), and
/// never go backwards.
/// </summary>
public sealed class VietnameseTokenizer : Lucene.Net.Analysis.Tokenizer
{
    /// <summary>Longest text analyzed per field value; the rest is not indexed (Lucene's own limit is on tokens, not chars).</summary>
    public const int MaxChars = 4 * 1024 * 1024;

    /// <summary>Longest unit indexed, in characters: longer runs (base64, a pasted hash, 40k digits) are not words
    /// anyone searches for, and Lucene refuses terms over 32,766 UTF-8 bytes.</summary>
    public const int MaxTokenChars = 255;

    internal static readonly TextPipeline Pipeline = new(new TextNormalizer(NormalizerOptions.Default with { Tone = ToneStyle.Old }));

    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private readonly IPositionLengthAttribute _length;
    private readonly ITypeAttribute _type;

    private readonly List<Emitted> _tokens = new();
    private TextDocument? _doc;
    private int _next;
    private int _finalOffset;

    private readonly record struct Emitted(int Start, int End, TermForm Form, int Increment, int Length);

    private readonly bool _words;

    /// <param name="input">The field's text.</param>
    /// <param name="words">Segment into words and emit the joined word forms (off: syllable forms only, no segmentation).</param>
    public VietnameseTokenizer(TextReader input, bool words = true) : base(input)
    {
        _words = words;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _length = AddAttribute<IPositionLengthAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    public override void Reset()
    {
        base.Reset();
        var text = ReadAll(m_input);
        _doc = Pipeline.Analyze(text);
        _finalOffset = CorrectOffset(text.Length);
        _tokens.Clear();
        _next = 0;
        Plan(_doc, _tokens, _words);
    }

    public override bool IncrementToken()
    {
        if (_doc is null || _next >= _tokens.Count) return false;
        ClearAttributes();
        var t = _tokens[_next++];
        var text = _doc.Text.AsSpan(t.Start, t.End - t.Start);
        var buffer = _term.ResizeBuffer(text.Length);
        int length = SearchTerms.Write(text, t.Form, buffer);
        _term.Length = length;
        var (start, end) = _doc.ToOriginal(t.Start, t.End);
        // The end is the corrected offset of the token's last character plus one: correcting the end itself would
        // reach past markup a char filter removed right after the token ("Quang</b>").
        int correctedStart = CorrectOffset(start);
        _offset.SetOffset(correctedStart, end > start ? Math.Max(correctedStart, CorrectOffset(end - 1) + 1) : correctedStart);
        _increment.PositionIncrement = t.Increment;
        _length.PositionLength = t.Length;
        _type.Type = t.Form switch { TermForm.Accented => "<syllable>", TermForm.Folded => "<folded>", TermForm.Word => "<word>", _ => "<folded-word>" };
        return true;
    }

    public override void End()
    {
        base.End();
        _offset.SetOffset(_finalOffset, _finalOffset);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) { _doc = null; _tokens.Clear(); }
    }

    /// <summary>The tokens of an analyzed text, in position order.</summary>
    private static void Plan(TextDocument doc, List<Emitted> tokens, bool words)
    {
        var text = doc.Text;
        var all = doc.Tokens;
        int ti = 0;
        IEnumerable<Segmentation.Word> units = words ? doc.Words : all.Select(t => new Segmentation.Word(t.Start, t.Length, 1));
        foreach (var word in units)
        {
            bool first = true;
            for (; ti < all.Count && all[ti].Start < word.End; ti++)
            {
                var token = all[ti];
                if (token.Kind is TokenKind.Punctuation or TokenKind.Symbol or TokenKind.Emoji) continue;
                foreach (var (s, e) in Segmentation.SegmentUnits.Pieces(text, token))
                {
                    if (e - s > MaxTokenChars) continue;
                    tokens.Add(new Emitted(s, e, TermForm.Accented, 1, 1));
                    if (SearchTerms.FoldingChanges(text.AsSpan(s, e - s))) tokens.Add(new Emitted(s, e, TermForm.Folded, 0, 1));
                    if (first && word.Units > 1 && word.Length <= MaxTokenChars)
                    {
                        tokens.Add(new Emitted(word.Start, word.End, TermForm.Word, 0, word.Units));
                        if (SearchTerms.FoldingChanges(text.AsSpan(word.Start, word.Length)))
                            tokens.Add(new Emitted(word.Start, word.End, TermForm.FoldedWord, 0, word.Units));
                    }
                    first = false;
                }
            }
        }
    }

    private static string ReadAll(TextReader reader)
    {
        var buffer = new char[8192];
        var text = new System.Text.StringBuilder();
        int n;
        while ((n = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            int room = MaxChars - text.Length;
            text.Append(buffer, 0, Math.Min(n, room));
            if (n >= room) break;
        }
        return text.ToString();
    }
}
