using System.Collections.Frozen;

namespace Bantin.Text.Tokens;

/// <summary>
/// Words that turn a number into an amount (<c>500 triệu USD</c>, <c>30 km</c>). Kept small and unambiguous after a
/// number: <c>yên</c> (calm), <c>bảng</c> (board) or <c>độ</c> would catch ordinary words. Matched case-sensitively,
/// as written in news.
/// </summary>
internal static class Units
{
    // Multipliers: another unit may follow (2 nghìn tỷ đồng).
    private const string Scales = "nghìn ngàn triệu tỷ tỉ vạn trăm";
    // Currencies and measures: they end the amount.
    private const string Finals =
        "USD VND VNĐ EUR JPY CNY NDT đồng đ euro yen " +
        "km m mét cm mm kg g mg tấn tạ ha m2 m3 km2 m² m³ km² lít ml MW kW kWh GW GB MB TB";

    internal enum Kind : byte { None, Scale, Final }

    private static readonly FrozenDictionary<string, Kind> All = Build();
    private static readonly FrozenDictionary<string, Kind>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        All.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Longest unit: bounds the look-ahead after a number.</summary>
    public static readonly int MaxLength = All.Keys.Max(k => k.Length);

    public static Kind Of(ReadOnlySpan<char> word) =>
        word.Length <= MaxLength && Lookup.TryGetValue(word, out var kind) ? kind : Kind.None;

    private static FrozenDictionary<string, Kind> Build()
    {
        var all = new Dictionary<string, Kind>(StringComparer.Ordinal);
        foreach (var s in Scales.Split(' ')) all.Add(s, Kind.Scale);
        foreach (var f in Finals.Split(' ')) all.Add(f, Kind.Final);
        return all.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
