using System.CommandLine;
using System.Globalization;
using Bantin.Text.Evaluation;
using Bantin.Text.Sentences;
using Bantin.Text.Sentences.Learning;

namespace Bantin.Cli.Commands;

/// <summary><c>bantin eval &lt;task&gt;</c>: quality against gold data; the last line is the headline figure.</summary>
internal static class EvalCommand
{
    public static Command Create(CliContext context) => new("eval", "Measure quality against gold data.")
    {
        Sentences(context),
        EvalReadCommand.Create(context),
        EvalSegmentCommand.Create(context),
        EvalSearchCommand.Create(context),
    };

    private static Command Sentences(CliContext context)
    {
        var gold = new Option<FileInfo>("--gold")
        {
            Description = "JSONL articles whose body has one sentence per line (e.g. ../shared/data/vietnews/vietnews_dev_2k.jsonl).",
            Required = true,
        };
        var limit = new Option<int>("--limit") { Description = "Read at most N articles.", DefaultValueFactory = _ => int.MaxValue };
        var write = new Option<DirectoryInfo?>("--write")
        {
            Description = "Also write input.txt, gold.txt and pred.txt there (for tools/sent_eval.py score).",
        };
        var choice = new ModelChoice<SentenceModel>(
            "Decide with this sentence model (from 'bantin train sentences') instead of the shipped one.",
            "Split with the hand-written rules alone, without the learned model.",
            () => SentenceModel.Default, SentenceModel.Load);
        var command = new Command("sentences", "Sentence splitting: boundary precision/recall/F1 on paragraphs built from one-sentence-per-line articles.")
        {
            gold, limit, write, choice.Model, choice.Rules,
        };
        command.SetAction(parse =>
        {
            var goldFile = parse.GetValue(gold)!;
            if (!goldFile.Exists) throw new CliException($"{goldFile.FullName}: no such file");
            var splitter = choice.Resolve(parse);
            var dir = parse.GetValue(write);
            if (dir is not null) Directory.CreateDirectory(dir.FullName);
            using var inputOut = dir is null ? null : new StreamWriter(Path.Combine(dir.FullName, "input.txt"));
            using var goldOut = dir is null ? null : new StreamWriter(Path.Combine(dir.FullName, "gold.txt"));
            using var predOut = dir is null ? null : new StreamWriter(Path.Combine(dir.FullName, "pred.txt"));

            var goldSentences = new List<string>();
            var predicted = new List<string>();
            var naive = new List<string>();
            int paragraphs = 0;
            foreach (var p in SentenceEvaluation.FromJsonl(goldFile.FullName, parse.GetValue(limit)))
            {
                paragraphs++;
                goldSentences.AddRange(p.Sentences);
                // The paragraph as given is cut at the predicted boundaries (mapped back from the normalized text), so
                // the scorer sees every input character, even those normalization drops.
                foreach (var sentence in SentenceEvaluation.Split(p, splitter))
                {
                    predicted.Add(sentence);
                    predOut?.Write(sentence + "\n");
                }
                naive.AddRange(NaiveSentenceSplitter.Split(p.Text));
                inputOut?.Write(p.Text + "\n");
                goldOut?.Write(string.Join("\n", p.Sentences) + "\n");
            }
            var score = BoundaryScore.Compute(goldSentences, predicted, out long goldLength, out long predLength);
            var baseline = BoundaryScore.Compute(goldSentences, naive, out _, out _);
            using var output = context.OpenOutput();
            if (goldLength != predLength)
                context.Stderr.WriteLine($"warning: text length differs: gold {goldLength}, predicted {predLength} non-space characters");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"paragraphs {paragraphs}, gold boundaries {score.Gold}, predicted {score.Predicted}, correct {score.Correct}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"baseline (split after .!?… + space + capital or quote): precision {100 * baseline.Precision:F2}, recall {100 * baseline.Recall:F2}, F1 {100 * baseline.F1:F2}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"precision {100 * score.Precision:F2}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"recall {100 * score.Recall:F2}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"F1 {100 * score.F1:F2}"));
            return ExitCodes.Ok;
        });
        return command;
    }
}
