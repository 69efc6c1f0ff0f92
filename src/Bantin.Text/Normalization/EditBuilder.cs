using System.Text;

namespace Bantin.Text.Normalization;

/// <summary>
/// Rewrites a text by a series of replacements given in increasing, non-overlapping order, keeping
/// the offset map and the change list. A step that makes no replacement returns the input string itself.
/// </summary>
internal sealed class EditBuilder
{
    private readonly string _source;
    private readonly OffsetMap _previous;
    private readonly List<TextChange> _changes;
    private StringBuilder? _text;
    private int _copied;
    private List<int>? _newStart, _newLength, _oldStart, _oldLength;

    /// <param name="source">The text this step rewrites.</param>
    /// <param name="previous">Map from <paramref name="source"/> back to the user's original text.</param>
    /// <param name="changes">Where changes are recorded, in original-text offsets.</param>
    public EditBuilder(string source, OffsetMap previous, List<TextChange> changes)
    {
        _source = source;
        _previous = previous;
        _changes = changes;
    }

    public string Source => _source;

    /// <summary>Replaces <paramref name="length"/> characters at <paramref name="start"/> (offsets in <see cref="Source"/>).</summary>
    public void Replace(int start, int length, ReadOnlySpan<char> replacement, ChangeKind kind)
    {
        if (start < _copied) throw new InvalidOperationException($"Edits must be in increasing order: {start} < {_copied}.");
        if (length == 0 && replacement.IsEmpty) return;
        var sb = _text ??= new StringBuilder(_source.Length + 16);
        sb.Append(_source, _copied, start - _copied);
        int newStart = sb.Length;
        sb.Append(replacement);
        _copied = start + length;

        (_newStart ??= []).Add(newStart);
        (_newLength ??= []).Add(replacement.Length);
        (_oldStart ??= []).Add(start);
        (_oldLength ??= []).Add(length);

        int origStart = _previous.ToOriginalStart(start);
        int origEnd = length == 0 ? origStart : _previous.ToOriginalEnd(start + length);
        _changes.Add(new TextChange(kind, origStart, Math.Max(0, origEnd - origStart),
            _source.Substring(start, length), replacement.ToString()));
    }

    /// <summary>Records a finding about <see cref="Source"/>[start, start+length) without changing the text.</summary>
    public void Report(int start, int length, ChangeKind kind)
    {
        int origStart = _previous.ToOriginalStart(start);
        int origEnd = length == 0 ? origStart : _previous.ToOriginalEnd(start + length);
        _changes.Add(new TextChange(kind, origStart, Math.Max(0, origEnd - origStart),
            _source.Substring(start, length), _source.Substring(start, length)));
    }

    /// <summary>Position in the output text that <paramref name="sourceOffset"/> (not yet copied) will have.</summary>
    public int OutputOffset(int sourceOffset) => (_text?.Length ?? 0) + (sourceOffset - _copied);

    /// <summary>Finishes the step: the rewritten text and the map from it to the original text.</summary>
    public (string Text, OffsetMap Map) Build()
    {
        if (_text is null) return (_source, _previous);
        _text.Append(_source, _copied, _source.Length - _copied);
        var map = new OffsetMap([.. _newStart!], [.. _newLength!], [.. _oldStart!], [.. _oldLength!], _previous);
        return (_text.ToString(), map);
    }
}
