using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Bantin.Search.Searching;

/// <summary>Counts the values of keyword fields (their sorted-set doc values) over every matching document.</summary>
internal sealed class FacetCounter : ICollector
{
    private readonly string[] _fields;
    private readonly Dictionary<string, int>[] _counts;
    private readonly SortedSetDocValues?[] _values;
    private readonly int[]?[] _segmentCounts; // per ordinal of the current segment; resolved to strings once per segment

    public FacetCounter(IReadOnlyList<string> fields)
    {
        _fields = fields.ToArray();
        _counts = _fields.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
        _values = new SortedSetDocValues?[_fields.Length];
        _segmentCounts = new int[]?[_fields.Length];
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) { }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        for (int i = 0; i < _fields.Length; i++)
        {
            var values = context.AtomicReader.GetSortedSetDocValues(_fields[i]);
            _values[i] = values;
            _segmentCounts[i] = values is null ? null : new int[values.ValueCount];
        }
    }

    public void Collect(int doc)
    {
        for (int i = 0; i < _fields.Length; i++)
        {
            var values = _values[i];
            if (values is null) continue;
            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS) _segmentCounts[i]![ord]++;
        }
    }

    private void Flush()
    {
        var term = new BytesRef();
        for (int i = 0; i < _fields.Length; i++)
        {
            if (_values[i] is not { } values || _segmentCounts[i] is not { } counts) continue;
            for (int ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] == 0) continue;
                values.LookupOrd(ord, term);
                var key = term.Utf8ToString();
                _counts[i][key] = _counts[i].GetValueOrDefault(key) + counts[ord];
            }
            _values[i] = null;
            _segmentCounts[i] = null;
        }
    }

    public IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Result(int top = 20)
    {
        Flush();
        var result = new Dictionary<string, IReadOnlyList<FacetCount>>();
        for (int i = 0; i < _fields.Length; i++)
            result[_fields[i]] = _counts[i].OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
                .Take(top).Select(kv => new FacetCount(kv.Key, kv.Value)).ToList();
        return result;
    }
}
