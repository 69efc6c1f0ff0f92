using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Bantin.News.Evaluation;
using Bantin.News.Json;
using Bantin.News.Model;
using Bantin.News.Structure;
using Bantin.News.Structure.Learning;

namespace Bantin.Cli.Commands;

/// <summary>
/// <c>bantin eval read --gold FILE.jsonl [--noise]</c>: fuses gold articles as the seeds are fused (identically to
/// tools/fuse_eval.py), reads them back, and prints title/sapo/body exact and boundary F1; the last line is the F1.
/// </summary>
internal static class EvalReadCommand
{
    private static readonly JsonSerializerOptions GoldJson = new() { Encoder = ArticleJson.WriterOptions.Encoder };

    public static Command Create(CliContext context)
    {
        var gold = new Option<FileInfo>("--gold")
        {
            Description = "JSONL articles with title, sapo and body (e.g. ../shared/data/unc_dantri/unc_dantri_shared.jsonl).",
            Required = true,
        };
        var noise = new Option<bool>("--noise") { Description = "Add the seeds' other defects (no-break spaces, doubled spaces, decomposed span…)." };
        var limit = new Option<int>("--limit") { Description = "Fuse at most N articles.", DefaultValueFactory = _ => int.MaxValue };
        var write = new Option<DirectoryInfo?>("--write")
        {
            Description = "Also write raw/<id>.txt, gold.jsonl and pred.jsonl there (for tools/fuse_eval.py score).",
        };
        var heldOut = HeldOutOption.Create(
            "Score only the articles 'bantin train read --held-out K' left out (ids hashing to 0 modulo K); noise stays as for the whole file.");
        var heads = HeadsFromLinesOption.Create();
        var errors = new Option<int>("--show-errors") { Description = "Print up to N misread articles on stderr.", DefaultValueFactory = _ => 0 };
        var choice = new ModelChoice<BoundaryModel>(
            "Read with this boundary model (from 'bantin train read') instead of the shipped one.",
            "Read with the hand-written rules alone (no boundary model), for comparison.",
            () => BoundaryModel.Default, BoundaryModel.Load);
        var command = new Command("read", "Structure recovery: read fused articles back into title, sapo, body and by-line.")
        {
            gold, noise, limit, heldOut, heads, write, errors, choice.Model, choice.Rules,
        };
        command.SetAction(parse =>
        {
            var goldFile = parse.GetValue(gold)!;
            if (!goldFile.Exists) throw new CliException($"{goldFile.FullName}: no such file");
            int k = HeldOutOption.Value(parse, heldOut);
            var dir = parse.GetValue(write);
            if (dir is not null) Directory.CreateDirectory(Path.Combine(dir.FullName, "raw"));
            using var goldOut = dir is null ? null : new StreamWriter(Path.Combine(dir.FullName, "gold.jsonl"));
            using var predOut = dir is null ? null : new StreamWriter(Path.Combine(dir.FullName, "pred.jsonl"));
            int showErrors = parse.GetValue(errors);
            var boundaries = choice.Resolve(parse);

            var score = new ReadScore();
            foreach (var article in ArticleFuser.FromJsonl(goldFile.FullName, parse.GetValue(noise), parse.GetValue(limit),
                         headsFromLines: HeadsFromLinesOption.Value(parse, heads)))
            {
                if (k > 0 && !HeldOut.Contains(article.Id, k)) continue;
                var r = StructureRecovery.Recover(article.Raw, boundaries);
                var (t, s, b) = score.Add(article, r.Title, r.Sapo, r.Body, r.Author);
                if (showErrors > 0 && !(t && s && b))
                {
                    showErrors--;
                    context.Stderr.WriteLine($"--- {article.Id}: title {t}, sapo {s}, body {b}");
                    if (!t) context.Stderr.WriteLine($"  title gold: {article.Title}\n  title read: {r.Title}");
                    if (!s) context.Stderr.WriteLine($"  sapo gold: {article.Sapo}\n  sapo read: {r.Sapo}");
                    if (!b) WriteBodyDiff(context.Stderr, article, r);
                }
                if (dir is not null)
                {
                    File.WriteAllText(Path.Combine(dir.FullName, "raw", article.Id + ".txt"), article.Raw, new UTF8Encoding(false));
                    goldOut!.Write(JsonSerializer.Serialize(new { id = article.Id, title = article.Title, sapo = article.Sapo, body = article.Body, author = article.Author },
                        GoldJson) + "\n");
                    predOut!.Write(ArticleJson.Serialize(new Article
                    {
                        Id = article.Id, Title = r.Title, Sapo = r.Sapo, Body = r.Body, Author = r.Author, Credits = r.Credits,
                        File = article.Id + ".txt",
                    }) + "\n");
                }
            }
            using var output = context.OpenOutput();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"articles {score.Articles}  title {100 * score.Title:F2}%  sapo {100 * score.Sapo:F2}%  body {100 * score.Body:F2}%"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"boundary F1 {100 * score.BoundaryF1:F2}"));
            return ExitCodes.Ok;
        });
        return command;
    }


    private static void WriteBodyDiff(TextWriter err, FusedArticle gold, RecoveredArticle r)
    {
        var g = gold.Body.Concat(gold.Author is null ? [] : [gold.Author]).Select(ReadScore.Norm).ToList();
        var p = r.Body.Concat(r.Author is null ? [] : [r.Author]).Select(ReadScore.Norm).ToList();
        int i = 0;
        while (i < g.Count && i < p.Count && g[i] == p[i]) i++;
        err.WriteLine($"  body differs at paragraph {i} (gold {g.Count}, read {p.Count})");
        if (i < g.Count) err.WriteLine($"  gold: {Trim(g[i])}");
        if (i < p.Count) err.WriteLine($"  read: {Trim(p[i])}");
    }

    private static string Trim(string s) => s.Length > 160 ? s[..160] + "…" : s;
}
