using System.Reflection;
using Bantin.Text.Tokens;

namespace Bantin.Text.Segmentation;

/// <summary>
/// Groups the syllables of Vietnamese text into words (<c>liên doanh | sản xuất | ôtô</c>). The pre-tokenizer supplies
/// the units (syllables, numbers, foreign words, punctuation…); the lexicon draws a word graph over them; an averaged
/// perceptron decides, gap by gap from left to right, whether two neighbouring units belong to one word, reading the
/// units around the gap, their shapes, the word graph and its own previous decision. Punctuation, symbols and emoji
/// are never joined. Immutable and thread-safe; <see cref="Default"/> loads the embedded model on first use.
/// </summary>
public sealed class WordSegmenter
{
    private const string ResourceName = "Bantin.Text.Resources.segmenter.bin.gz";

    /// <summary>Units handled in one pass; a longer run without punctuation is cut there (it never happens in prose).</summary>
    internal const int MaxChunkUnits = 512;

    private static readonly Lazy<WordSegmenter> DefaultInstance = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    [ThreadStatic] private static UnitSequence? _sequence;

    private readonly SegmenterModel _model;

    internal WordSegmenter(SegmenterModel model) => _model = model;

    /// <summary>The segmenter with the shipped model (trained by <c>bantin train segment</c>).</summary>
    public static WordSegmenter Default => DefaultInstance.Value;

    /// <summary>Loads a model written by <c>bantin train segment</c>.</summary>
    public static WordSegmenter Load(Stream stream) => new(SegmenterModel.Load(stream));

    internal SegmenterModel Model => _model;

    /// <summary>The words of <paramref name="text"/> (expected normalized, see <c>TextNormalizer</c>), in order.</summary>
    public Word[] Segment(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Segment(text, Tokenizer.Tokenize(text));
    }

    /// <summary>The words of <paramref name="text"/>, given its pre-tokenizer tokens.</summary>
    public Word[] Segment(string text, IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var units = SegmentUnits.FromTokens(text, tokens);
        var words = new List<Word>(units.Count);
        var sequence = _sequence ??= new UnitSequence();
        Span<bool> joins = stackalloc bool[MaxChunkUnits];
        for (int start = 0; start < units.Count;)
        {
            int end = SegmentUnits.ChunkEnd(text, units, start, MaxChunkUnits);
            int n = end - start;
            sequence.Reset(n);
            for (int i = 0; i < n; i++)
            {
                var u = units[start + i];
                sequence.Set(i, text.AsSpan(u.Start, u.Length));
            }
            Decide(sequence, joins[..n]);
            int wordStart = start;
            for (int i = 1; i <= n; i++)
            {
                if (i < n && joins[i]) continue;
                var first = units[wordStart];
                var last = units[start + i - 1];
                words.Add(new Word(first.Start, last.End - first.Start, start + i - wordStart));
                wordStart = start + i;
            }
            start = end;
        }
        return words.ToArray();
    }

    /// <summary>Fills <paramref name="joins"/>[g] for every gap g ≥ 1 of the sequence (joins[0] is false).</summary>
    internal void Decide(UnitSequence sequence, Span<bool> joins)
    {
        sequence.MatchWords(_model.Lexicon);
        Span<ulong> features = stackalloc ulong[Features.MaxPerGap];
        var weights = _model.Weights;
        if (joins.Length > 0) joins[0] = false;
        int run = 1;
        for (int g = 1; g < joins.Length; g++)
        {
            bool join = false;
            if (!UnitShapes.IsBreak(sequence.Shapes[g - 1]) && !UnitShapes.IsBreak(sequence.Shapes[g]))
            {
                int k = Features.Static(sequence, g, features);
                k += Features.Dynamic(sequence, g, run, features[k..]);
                join = weights.Sum(features[..k]) > 0;
            }
            joins[g] = join;
            run = join ? run + 1 : 1;
        }
    }

    private static WordSegmenter LoadDefault()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from Bantin.Text.");
        return Load(stream);
    }
}
