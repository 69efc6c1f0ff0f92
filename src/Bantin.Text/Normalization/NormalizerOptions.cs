namespace Bantin.Text.Normalization;

/// <summary>What <see cref="TextNormalizer"/> does. Immutable; the defaults suit news text.</summary>
public sealed record NormalizerOptions
{
    /// <summary>The defaults: encoding detected, every repair on, tone marks kept as written.</summary>
    public static readonly NormalizerOptions Default = new();

    /// <summary>
    /// The text's encoding convention: <see cref="SourceEncoding.Auto"/> (default) decodes TCVN3, VNI or VIQR text
    /// when the evidence is strong and never touches ordinary Unicode; an explicit legacy encoding always decodes.
    /// </summary>
    public SourceEncoding From { get; init; } = SourceEncoding.Auto;

    /// <summary>Where tone marks go in oa/oe/uy (see <see cref="ToneStyle"/>).</summary>
    public ToneStyle Tone { get; init; } = ToneStyle.Keep;

    /// <summary>Move tone marks that no convention allows (lựơng → lượng, nghịêm → nghiệm, qúa → quá).</summary>
    public bool RepairTones { get; init; } = true;

    /// <summary>Join a syllable split by a stray space when neither piece is a syllable and the join is (l iên → liên).</summary>
    public bool RepairSplitSyllables { get; init; } = true;

    /// <summary>Replace look-alikes such as Ð (U+00D0) by Đ where the word is Vietnamese.</summary>
    public bool ReplaceConfusables { get; init; } = true;

    /// <summary>Drop zero-width and invisible formatting characters (ZWSP, BOM, soft hyphen, word joiner).</summary>
    public bool DropZeroWidth { get; init; } = true;

    /// <summary>Turn every kind of space into U+0020, collapse runs, trim line ends.</summary>
    public bool NormalizeSpaces { get; init; } = true;

    /// <summary>No space before <c>, . ; : ! ? ) ] ”</c>, none after <c>( [ “</c>.</summary>
    public bool FixPunctuationSpacing { get; init; } = true;

    /// <summary>Report sentence-final punctuation glued to the next sentence (giao.Hai) as <see cref="ChangeKind.GluedSentence"/>.</summary>
    public bool ReportGluedSentences { get; init; } = true;
}
