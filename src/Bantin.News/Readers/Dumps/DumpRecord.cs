namespace Bantin.News.Readers.Dumps;

/// <summary>
/// The raw values of one record, as its keys or columns gave them, before normalization. Where several candidate
/// names of a field are present, the best-ranked non-empty one is kept. Reused from record to record.
/// </summary>
internal sealed class DumpRecord
{
    private static readonly int FieldCount = Enum.GetValues<DumpField>().Length;

    private readonly string?[] _values = new string?[FieldCount];
    private readonly int[] _ranks = new int[FieldCount];
    private readonly List<string> _body = [];
    private int _bodyRank = int.MaxValue;

    public void Clear()
    {
        Array.Clear(_values);
        _body.Clear();
        _bodyRank = int.MaxValue;
    }

    /// <summary>Sets a field unless it holds a better-ranked value; blank values count as absent.</summary>
    public void Set(DumpField field, int rank, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        if (field == DumpField.Body)
        {
            SetBody(rank, [value]);
            return;
        }
        int i = (int)field;
        if (_values[i] is not null && _ranks[i] <= rank) return;
        _values[i] = value;
        _ranks[i] = rank;
    }

    /// <summary>Sets the body from parts (an array of paragraphs, or one string); blank parts are dropped.</summary>
    public void SetBody(int rank, IEnumerable<string> parts)
    {
        if (rank >= _bodyRank) return;
        var kept = parts.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        if (kept.Count == 0) return;
        _body.Clear();
        _body.AddRange(kept);
        _bodyRank = rank;
    }

    public string? this[DumpField field] => _values[(int)field];

    /// <summary>The body's parts: one string (its paragraphs on separate lines, or fused) or an array's elements.</summary>
    public IReadOnlyList<string> Body => _body;
}
