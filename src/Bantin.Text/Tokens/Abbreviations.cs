using System.Collections.Frozen;

namespace Bantin.Text.Tokens;

/// <summary>
/// The abbreviations the tokenizer keeps whole and the sentence splitter must not break after. Upper-case acronyms that
/// are not syllables (APEC, UBND) need no entry: the tokenizer already reads them as abbreviations. The list holds what
/// that rule misses: mixed-case forms (ThS, Tp, Th.S, v.v.), and which periods belong to an abbreviation at all.
/// </summary>
public static class Abbreviations
{
    // Chosen from Vietnamese news usage (VnExpress, Tuổi Trẻ, the VietNews corpus) and common English forms in
    // Vietnamese articles. A trailing period means the period belongs to the abbreviation.
    //
    // Titles and ranks: a name always follows, so their period never ends a sentence. None may be a Vietnamese
    // syllable (Sen., Gen. are left out), or a sentence ending in that word would lose its full stop.
    private const string Titles =
        "GS. PGS. TS. TSKH. ThS. Ths. Th.S. BS. BSCKI. BSCKII. KS. KTS. LS. NCS. NB. tr. " +
        "Mr. Mrs. Ms. Dr. Prof. St. Mt. Col. Lt. Capt. Sgt. Rep. Gov. Pres. Rev.";
    // Place prefixes: a name follows (TP. Hà Nội, TP. HCM), but they are nouns too, so a sentence may end with them
    // ("... đóng góp vào sự phát triển TP. Lĩnh vực ...").
    private const string Places = "TP. Tp. TT. TX.";
    // Their period can double as the full stop of a sentence.
    private const string Enders = "v.v. vv. etc. Inc. Ltd. Co. Corp. Jr. Sr. Bros.";
    // Written without a period; a period after them is ordinary punctuation.
    private const string Bare =
        "UBND HĐND MTTQ THPT THCS CLB ĐH ĐHQG HCM TPHCM TP.HCM Tp.HCM HN VN TAND VKSND CSGT CAND QĐND BHXH BHYT " +
        "TNHH CTCP NĐ QĐ CP TW LHQ ĐBQH TTXVN VTV VOV HLV GDP FDI ODA WTO WHO ASEAN APEC EU";

    [Flags]
    internal enum Traits : byte
    {
        None = 0,
        Known = 1,
        TakesPeriod = 2,
        CanEndSentence = 4,
        /// <summary>Precedes a name: joins the acronym right after its period (TP.HCM, GS.TS).</summary>
        Prefix = 8,
        /// <summary>Precedes a place name: also joins an acronym after its period and one space (TP. HCM).</summary>
        Place = 16,
    }

    private static readonly FrozenDictionary<string, Traits> Entries = Build();
    private static readonly FrozenDictionary<string, Traits>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Entries.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Every entry, without its period, with its traits (for tests and tools).</summary>
    internal static IEnumerable<KeyValuePair<string, Traits>> All => Entries;

    /// <summary>Longest entry without its period: bounds how far the tokenizer looks ahead for one.</summary>
    internal static readonly int MaxLength = Entries.Keys.Max(k => k.Length);

    /// <summary>
    /// True for a listed abbreviation, with its period when it takes one (<c>ThS.</c>, <c>v.v.</c>) or without (<c>ThS</c>,
    /// <c>UBND</c>). <c>UBND.</c> is false: that period is punctuation.
    /// </summary>
    public static bool IsKnown(ReadOnlySpan<char> abbreviation)
    {
        bool period = abbreviation.EndsWith('.');
        var traits = Get(period ? abbreviation[..^1] : abbreviation);
        return traits != Traits.None && (!period || (traits & Traits.TakesPeriod) != 0);
    }

    /// <summary>
    /// For an abbreviation token that ends in a period: true when that period may also end the sentence (<c>v.v.</c>,
    /// <c>etc.</c>, <c>Ltd.</c>, and <c>TP.</c>, which is a noun too); false for titles that always precede a name
    /// (<c>TS.</c>, <c>GS.TS.</c>, <c>ThS.</c>, <c>St.</c>). False for a token without a final period: the tokenizer then
    /// leaves a sentence's full stop as its own punctuation token.
    /// </summary>
    public static bool CanEndSentence(ReadOnlySpan<char> abbreviation)
    {
        if (!abbreviation.EndsWith('.')) return false;
        var body = abbreviation[..^1];
        var traits = Get(body);
        if (traits == Traits.None) traits = Get(body[(body.LastIndexOfAny('.', ' ') + 1)..]); // GS.TS. → TS.
        return (traits & Traits.CanEndSentence) != 0;
    }

    /// <summary>
    /// True for one upper-case letter (<c>V</c> in <c>Nguyễn V. A</c>). The tokenizer leaves the period after it as
    /// punctuation because <c>vitamin C.</c> ends sentences too; the splitter decides from what follows.
    /// </summary>
    public static bool IsInitial(ReadOnlySpan<char> token) => token.Length == 1 && char.IsUpper(token[0]);

    /// <summary>Traits of an entry given without its trailing period; <see cref="Traits.None"/> when not listed.</summary>
    internal static Traits Get(ReadOnlySpan<char> withoutPeriod) =>
        withoutPeriod.Length <= MaxLength && Lookup.TryGetValue(withoutPeriod, out var traits) ? traits : Traits.None;

    private static FrozenDictionary<string, Traits> Build()
    {
        var entries = new Dictionary<string, Traits>(StringComparer.Ordinal);
        Add(entries, Titles, Traits.Known | Traits.Prefix);
        Add(entries, Places, Traits.Known | Traits.Prefix | Traits.Place | Traits.CanEndSentence);
        Add(entries, Enders, Traits.Known | Traits.CanEndSentence);
        Add(entries, Bare, Traits.Known);
        return entries.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static void Add(Dictionary<string, Traits> entries, string list, Traits traits)
    {
        foreach (var entry in list.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            bool period = entry.EndsWith('.');
            entries.Add(period ? entry[..^1] : entry, traits | (period ? Traits.TakesPeriod : Traits.None));
        }
    }
}
