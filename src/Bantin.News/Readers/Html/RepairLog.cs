using Bantin.News.Model;
using Bantin.Text.Normalization;

namespace Bantin.News.Readers.Html;

/// <summary>
/// Collects an article's repairs. Offsets point into the article's raw text laid out one field per line, the layout
/// of the plain-text reader: title, sapo, body paragraphs, author, credits, each non-empty raw field followed by "\n".
/// So a repair in the second paragraph is at (title + sapo + first paragraph lengths + 3) + its offset there.
/// Only changes to letters are kept: HTML whitespace is noise by nature, so space and invisible-character clean-up is
/// not reported.
/// </summary>
internal sealed class RepairLog
{
    /// <summary>Most repairs kept per article: a garbage page would otherwise report one per character.</summary>
    public const int MaxRepairs = 200;

    private readonly List<Repair> _repairs = [];
    private int _lineStart;

    public IReadOnlyList<Repair> Repairs => _repairs;

    /// <summary>Records the repairs of the next raw field in the layout (empty fields take no line).</summary>
    public void AddField(FieldText? field)
    {
        if (field is null || field.Raw.Length == 0) return;
        foreach (var c in field.Changes)
            if (Kind(c.Kind) is { } kind) Add(kind, c.Original, _lineStart + c.Start);
        // U+FFFD stands for bytes the decoder could not read (the normalizer leaves it alone).
        for (int i = field.Raw.IndexOf('\uFFFD'); i >= 0; i = field.Raw.IndexOf('\uFFFD', i + 1))
            Add("invalid-character", "\uFFFD", _lineStart + i);
        _lineStart += field.Raw.Length + 1;
    }

    /// <summary>Where the next field's line starts in the layout.</summary>
    public int NextLineStart => _lineStart;

    public void Add(string kind, string text, int offset)
    {
        if (_repairs.Count < MaxRepairs) _repairs.Add(new Repair(kind, text, offset));
    }

    private static string? Kind(ChangeKind kind) => kind switch
    {
        ChangeKind.InvalidCharacter => "invalid-character",
        ChangeKind.LegacyDecode => "legacy-decode",
        ChangeKind.Compose => "compose",
        ChangeKind.Confusable => "confusable",
        ChangeKind.ToneStyle => "tone-style",
        ChangeKind.ToneRepair => "tone-repair",
        ChangeKind.SplitSyllable => "split-syllable",
        _ => null, // space, punctuation-space, zero-width: HTML layout, not the writer's text; glued-sentence: a finding
    };
}
