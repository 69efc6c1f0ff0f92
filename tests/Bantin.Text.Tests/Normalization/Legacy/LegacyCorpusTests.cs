using System.Text;
using System.Text.Json;
using Bantin.Text.Normalization;
using Bantin.Text.Syllables;
using Bantin.Text.Tests.Infrastructure;

namespace Bantin.Text.Tests.Normalization.Legacy;

/// <summary>
/// Detection on real news from ../shared: ordinary Unicode articles are never taken for a legacy encoding, and the
/// same articles written in TCVN3, VNI and VIQR are recognised.
/// </summary>
public class LegacyCorpusTests
{
    private static List<string>? Articles(string relative, int limit)
    {
        if (SharedData.Root is null) return null;
        var path = Path.Combine(SharedData.Root, relative);
        if (!File.Exists(path)) return null;
        var list = new List<string>();
        foreach (var line in File.ReadLines(path).Take(limit))
        {
            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            string Field(string name) => r.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";
            list.Add($"{Field("title")}\n{Field("sapo")}\n{Field("body")}");
        }
        return list;
    }

    [SkippableTheory]
    [InlineData("data/vietnews/vietnews_dev_2k.jsonl")]
    [InlineData("data/unc_dantri/unc_dantri_shared.jsonl")]
    [InlineData("data/vntc/vntc_test_5k.jsonl")]
    public void Unicode_news_is_never_taken_for_a_legacy_encoding(string file)
    {
        var articles = Articles(file, 2000);
        Skip.If(articles is null, SharedData.MissingReason);
        var wrong = articles.Where(a => LegacyDecoder.Detect(a) != SourceEncoding.Unicode).Take(3).ToList();
        Assert.True(wrong.Count == 0, $"taken for legacy: {string.Join(" | ", wrong.Select(w => w[..Math.Min(80, w.Length)]))}");
    }

    [SkippableTheory]
    [InlineData(SourceEncoding.Tcvn3)]
    [InlineData(SourceEncoding.Vni)]
    [InlineData(SourceEncoding.Viqr)]
    public void Encoded_news_is_recognised_and_decoded(SourceEncoding encoding)
    {
        var articles = Articles("data/vietnews/vietnews_dev_2k.jsonl", 300);
        Skip.If(articles is null, SharedData.MissingReason);
        int detected = 0, decoded = 0;
        foreach (var article in articles)
        {
            var plain = EncodableOnly(article[..Math.Min(1500, article.Length)]);
            string encoded = encoding switch
            {
                SourceEncoding.Tcvn3 => ByteArrival.AsCp1252(Tcvn3TestEncoder.Encode(plain)),
                SourceEncoding.Vni => VniTestEncoder.Encode(plain),
                _ => ViqrTestEncoder.Encode(plain),
            };
            if (LegacyDecoder.Detect(encoded) == encoding) detected++;
            if (LegacyDecoder.Decode(encoded, SourceEncoding.Auto) == plain) decoded++;
        }
        Assert.True(detected >= articles.Count * 99 / 100, $"{encoding}: {detected}/{articles.Count} detected");
        Assert.True(decoded >= articles.Count * 99 / 100, $"{encoding}: {decoded}/{articles.Count} decoded back exactly");
    }

    // The test encoders take ASCII letters, digits, spaces and Vietnamese letters; other characters become spaces.
    private static string EncodableOnly(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
            sb.Append(char.IsAsciiLetterOrDigit(c) || VietLetters.IsLetter(c) || c is ' ' or ',' or '\n' ? c : ' ');
        return sb.ToString();
    }
}
