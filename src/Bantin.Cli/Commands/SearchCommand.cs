using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Bantin.Cli.Output;
using Bantin.Search.Indexing;
using Bantin.Search.Searching;

namespace Bantin.Cli.Commands;

/// <summary>
/// <c>bantin search "&lt;query&gt;"</c>: ranked results with highlighted snippets (text, or one JSON object with
/// <c>--json</c>); <c>--batch FILE</c> answers one query per line with one JSON line each.
/// </summary>
internal static class SearchCommand
{
    public static Command Create(CliContext context)
    {
        var query = new Argument<string?>("QUERY") { Description = "Words (diacritics optional), \"phrases\", -excluded, source:/category:/author:/from:/to:/year: filters.", Arity = ArgumentArity.ZeroOrOne };
        var index = IndexOption.Create();
        var top = new Option<int>("--top") { Description = $"Results per page (1–{SearchRequest.MaxTop}).", DefaultValueFactory = _ => 10 };
        var page = new Option<int>("--page") { Description = "Page of results, from 1.", DefaultValueFactory = _ => 1 };
        var sort = new Option<string>("--sort") { Description = "relevance, newest or oldest.", DefaultValueFactory = _ => "relevance" }
            .AcceptOnlyFromAmong("relevance", "newest", "oldest");
        var json = CommonOptions.Json();
        var batch = new Option<FileInfo?>("--batch") { Description = "Queries, one per line; writes one JSON line per query ({query,total,hits})." };
        var command = new Command("search", "Search the index.") { query, index, top, page, sort, json, batch };
        command.SetAction(parse =>
        {
            var indexPath = Path.GetFullPath(parse.GetValue(index)!);
            var batchFile = parse.GetValue(batch);
            var text = parse.GetValue(query);
            if (batchFile is null && string.IsNullOrWhiteSpace(text)) throw new CliException("give a query, or --batch FILE");
            var request = new SearchRequest
            {
                Query = text ?? "",
                Top = parse.GetValue(top),
                Page = parse.GetValue(page),
                Sort = Enum.Parse<SearchSort>(parse.GetValue(sort)!, ignoreCase: true),
                Facets = batchFile is null,
            };
            if (request.Validate() is { } problem) throw new CliException(problem);

            NewsSearcher searcher;
            try { searcher = NewsSearcher.Open(indexPath); }
            catch (IndexException e) { throw new CliException(e.Message); }
            using (searcher)
            {
                if (batchFile is not null)
                {
                    if (!batchFile.Exists) throw new CliException($"{batchFile.FullName}: no such file");
                    using var lines = new JsonLines(context.Stdout);
                    int lineNo = 0;
                    foreach (var line in File.ReadLines(batchFile.FullName, Encoding.UTF8))
                    {
                        lineNo++;
                        var q = line.Trim();
                        if (q.Length == 0) continue;
                        var r = request with { Query = q };
                        if (r.Validate() is { } bad) { context.Stderr.WriteLine($"{batchFile.Name}:{lineNo}: {bad}"); continue; }
                        var result = searcher.Search(r);
                        lines.Write(w => WriteResult(w, result, facets: false));
                    }
                    return ExitCodes.Ok;
                }
                var found = searcher.Search(request);
                if (parse.GetValue(json))
                {
                    using var lines = new JsonLines(context.Stdout);
                    lines.Write(w => WriteResult(w, found, facets: true));
                }
                else WriteText(context, found, request);
                return ExitCodes.Ok;
            }
        });
        return command;
    }

    private static void WriteResult(Utf8JsonWriter w, SearchResult result, bool facets)
    {
        w.WriteString("query", result.Query);
        w.WriteNumber("total", result.Total);
        w.WriteStartArray("hits");
        foreach (var h in result.Hits)
        {
            w.WriteStartObject();
            w.WriteString("id", h.Id);
            w.WriteNumber("score", Math.Round(h.Score, 4));
            w.WriteString("title", h.Title);
            w.WriteString("snippet", h.Snippet);
            w.WriteStartArray("highlights");
            foreach (var hl in h.Highlights) { w.WriteStartArray(); w.WriteNumberValue(hl.Start); w.WriteNumberValue(hl.End); w.WriteEndArray(); }
            w.WriteEndArray();
            if (h.Published is { } p) w.WriteString("published", p.ToString("o", CultureInfo.InvariantCulture)); else w.WriteNull("published");
            if (h.Source is { } s) w.WriteString("source", s); else w.WriteNull("source");
            if (h.Category is { } c) w.WriteString("category", c);
            if (h.Author is { } a) w.WriteString("author", a);
            if (h.Url is { } u) w.WriteString("url", u);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        if (!facets) return;
        w.WriteStartObject("facets");
        foreach (var (field, values) in result.Facets)
        {
            w.WriteStartArray(field);
            foreach (var v in values) { w.WriteStartObject(); w.WriteString("value", v.Value); w.WriteNumber("count", v.Count); w.WriteEndObject(); }
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    private static void WriteText(CliContext context, SearchResult result, SearchRequest request)
    {
        using var output = context.OpenOutput();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.Total:N0} articles match; page {request.Page}"));
        int rank = (request.Page - 1) * request.Top;
        foreach (var h in result.Hits)
        {
            var meta = string.Join(", ", new[] { h.Source, h.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), h.Id }.Where(x => !string.IsNullOrEmpty(x)));
            output.WriteLine($"{++rank}. {h.Title} ({meta})");
            output.WriteLine($"   {Marked(h)}");
        }
        foreach (var (field, values) in result.Facets)
            if (values.Count > 0)
                output.WriteLine($"{field}: {string.Join(", ", values.Take(8).Select(v => $"{v.Value} ({v.Count})"))}");
    }

    /// <summary>The snippet with its highlights in [brackets].</summary>
    private static string Marked(SearchHit hit)
    {
        var b = new StringBuilder(hit.Snippet.Length + hit.Highlights.Count * 2);
        int at = 0;
        foreach (var h in hit.Highlights)
        {
            b.Append(hit.Snippet, at, h.Start - at).Append('[').Append(hit.Snippet, h.Start, h.End - h.Start).Append(']');
            at = h.End;
        }
        return b.Append(hit.Snippet, at, hit.Snippet.Length - at).ToString();
    }
}
