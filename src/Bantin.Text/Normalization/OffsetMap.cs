namespace Bantin.Text.Normalization;

/// <summary>
/// Maps offsets in a rewritten text back to the text it was made from. Built from the edits of one
/// rewrite step and chained to the map of the step before, so a normalized offset can always be traced
/// to the user's original text. Immutable; the identity map costs nothing.
/// </summary>
public sealed class OffsetMap
{
    /// <summary>The map of a text that was not changed.</summary>
    public static readonly OffsetMap Identity = new([], [], [], [], null);

    // Edits sorted by position: [NewStart, NewStart+NewLength) replaced [OldStart, OldStart+OldLength).
    private readonly int[] _newStart, _newLength, _oldStart, _oldLength;
    private readonly OffsetMap? _previous;

    internal OffsetMap(int[] newStart, int[] newLength, int[] oldStart, int[] oldLength, OffsetMap? previous)
    {
        _newStart = newStart;
        _newLength = newLength;
        _oldStart = oldStart;
        _oldLength = oldLength;
        _previous = previous is { IsIdentity: true } ? null : previous;
    }

    /// <summary>True when every offset maps to itself.</summary>
    public bool IsIdentity => _newStart.Length == 0 && _previous is null;

    /// <summary>Maps the start of a span (the first character at or after <paramref name="offset"/>).</summary>
    public int ToOriginalStart(int offset)
    {
        int local = MapStart(offset);
        return _previous?.ToOriginalStart(local) ?? local;
    }

    /// <summary>Maps the exclusive end of a span (just after the last character before <paramref name="offset"/>).</summary>
    public int ToOriginalEnd(int offset)
    {
        int local = MapEnd(offset);
        return _previous?.ToOriginalEnd(local) ?? local;
    }

    private int MapStart(int offset)
    {
        // Last edit starting at or before offset.
        int i = LastAtOrBefore(offset, strict: false);
        if (i < 0) return offset;
        int rel = offset - _newStart[i];
        if (rel < _newLength[i]) return _oldStart[i] + Math.Min(rel, _oldLength[i]);
        return _oldStart[i] + _oldLength[i] + (rel - _newLength[i]);
    }

    private int MapEnd(int offset)
    {
        // Last edit starting strictly before offset: an edit that starts at offset lies after the span's end.
        int i = LastAtOrBefore(offset, strict: true);
        if (i < 0) return offset;
        int rel = offset - _newStart[i];
        if (rel < _newLength[i]) return _oldStart[i] + Math.Min(rel, _oldLength[i]);
        return _oldStart[i] + _oldLength[i] + (rel - _newLength[i]);
    }

    private int LastAtOrBefore(int offset, bool strict)
    {
        int lo = 0, hi = _newStart.Length - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            int s = _newStart[mid];
            if (strict ? s < offset : s <= offset) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found;
    }
}
