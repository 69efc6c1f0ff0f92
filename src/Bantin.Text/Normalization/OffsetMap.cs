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

    // A start maps through the last edit at or before it; an end through the last edit strictly before it, because an
    // edit that starts exactly at a span's end lies outside the span.
    private int MapStart(int offset) => Map(offset, LastAtOrBefore(offset, strict: false));

    private int MapEnd(int offset) => Map(offset, LastAtOrBefore(offset, strict: true));

    private int Map(int offset, int edit)
    {
        if (edit < 0) return offset;
        int rel = offset - _newStart[edit];
        if (rel < _newLength[edit]) return _oldStart[edit] + Math.Min(rel, _oldLength[edit]);
        return _oldStart[edit] + _oldLength[edit] + (rel - _newLength[edit]);
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
