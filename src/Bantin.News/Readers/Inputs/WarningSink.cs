namespace Bantin.News.Readers.Inputs;

/// <summary>
/// Passes an input's warnings on, up to <see cref="MaxPerInput"/>: a Latin-1 file has an invalid UTF-8 byte on every
/// other line, and a thousand identical warnings hide the one that matters. <see cref="Finish"/> says how many were held back.
/// </summary>
internal sealed class WarningSink(string name, Action<ReadError>? warn)
{
    /// <summary>Warnings shown for one input; enough to see the pattern.</summary>
    public const int MaxPerInput = 20;

    private int _shown, _held;

    public void Add(long line, string reason)
    {
        if (warn is null) return;
        if (_shown < MaxPerInput)
        {
            _shown++;
            warn(new ReadError(name, line, reason));
        }
        else _held++;
    }

    /// <summary>Reports the warnings held back, if any. Called when the input has been read.</summary>
    public void Finish()
    {
        if (_held == 0 || warn is null) return;
        warn(new ReadError(name, 0, $"{_held:N0} more warning{(_held == 1 ? "" : "s")} not shown"));
        _held = 0;
    }
}
