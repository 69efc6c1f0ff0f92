using System.Text;
using System.Text.Json;
using Bantin.News.Model;
using Bantin.Text.Evaluation;
using Bantin.Text.Normalization;

namespace Bantin.Search.Evaluation;

/// <summary>A query whose answer is one known article (<c>search_*_queries.jsonl</c>: qid, query, kind, relevant).</summary>
public sealed record KnownItemQuery(string Qid, string Query, string Kind, IReadOnlyList<string> Relevant)
{
    public static IEnumerable<KnownItemQuery> Read(string path)
    {
        int lineNo = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            KnownItemQuery? q;
            try
            {
                using var doc = JsonDocument.Parse(line);
                var root = doc.RootElement;
                q = new KnownItemQuery(root.GetProperty("qid").GetString()!, root.GetProperty("query").GetString()!,
                    root.GetProperty("kind").GetString()!, root.GetProperty("relevant").EnumerateArray().Select(e => e.GetString()!).ToList());
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw new FormatException($"{path}:{lineNo}: not a query record ({e.Message})", e);
            }
            yield return q;
        }
    }

    /// <summary>
    /// The query kinds the held-out set adds, made from the articles' titles with a fixed seed: some diacritics
    /// (each syllable keeps its marks with probability ½), no diacritics with one typo (a letter deleted, inserted,
    /// replaced or two swapped, in a word of four letters or more), and a 4-word fragment without diacritics.
    /// </summary>
    public static IEnumerable<KnownItemQuery> Synthesize(IEnumerable<Article> articles, uint seed = 2026)
    {
        var random = new PythonRandom(seed);
        foreach (var article in articles)
        {
            var words = article.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0) continue;
            var folded = words.Select(w => DiacriticFolder.Fold(w)).ToArray();
            var some = words.Select((w, i) => random.Random() < 0.5 ? w.ToLowerInvariant() : folded[i]).ToArray();
            yield return new(article.Id + "#title_some_diacritics", string.Join(' ', some), "title_some_diacritics", [article.Id]);

            var candidates = Enumerable.Range(0, folded.Length).Where(i => folded[i].Count(char.IsLetter) >= 4).ToArray();
            if (candidates.Length > 0)
            {
                var typo = (string[])folded.Clone();
                int w = candidates[random.RandRange(candidates.Length)];
                typo[w] = Typo(typo[w], random);
                yield return new(article.Id + "#title_nodiacritics_typo", string.Join(' ', typo), "title_nodiacritics_typo", [article.Id]);
            }
            if (folded.Length >= 5)
            {
                int start = random.RandRange(folded.Length - 3);
                yield return new(article.Id + "#title_fragment4_nodiacritics", string.Join(' ', folded[start..(start + 4)]), "title_fragment4_nodiacritics", [article.Id]);
            }
        }
    }

    private static string Typo(string word, PythonRandom random)
    {
        const string letters = "abcdeghiklmnopqrstuvxy";
        int i = random.RandRange(word.Length);
        switch (random.RandRange(4))
        {
            case 0: return word.Remove(i, 1);
            case 1: return word.Insert(i, letters[random.RandRange(letters.Length)].ToString());
            case 2:
                char c;
                do c = letters[random.RandRange(letters.Length)]; while (c == word[i]);
                return string.Concat(word.AsSpan(0, i), c.ToString(), word.AsSpan(i + 1));
            default:
                if (word.Length < 2) return word + "a";
                int j = Math.Min(i, word.Length - 2);
                return string.Concat(word.AsSpan(0, j), word[j + 1].ToString(), word[j].ToString(), word.AsSpan(j + 2));
        }
    }
}
