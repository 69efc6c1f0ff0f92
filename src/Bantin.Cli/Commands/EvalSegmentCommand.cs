using System.CommandLine;
using System.Globalization;
using Bantin.Text.Evaluation;
using Bantin.Text.Normalization;
using Bantin.Text.Segmentation;
using Bantin.Text.Segmentation.Training;

namespace Bantin.Cli.Commands;

/// <summary>
/// <c>bantin eval segment --gold FILE</c>: segments the gold sentences' raw form (syllables separated by spaces, as
/// <c>tools/ws_eval.py conllu2raw</c> writes it) exactly as <c>bantin segment</c> does, and scores the words as
/// <c>tools/ws_eval.py eval</c> does; the last line is the F1.
/// </summary>
internal static class EvalSegmentCommand
{
    public static Command Create(CliContext context)
    {
        var gold = new Option<FileInfo>("--gold")
        {
            Description = "Gold segmentation: CoNLL-U (e.g. ../shared/data/ws/ud-vtb/vi_vtb-ud-dev.conllu) or underscore form (.seg.txt).",
            Required = true,
        };
        var model = new Option<FileInfo?>("--model") { Description = "A model written by 'bantin train segment' instead of the shipped one." };
        var write = new Option<FileInfo?>("--write") { Description = "Also write the predicted segmentation there (for tools/ws_eval.py eval)." };
        var errors = new Option<int>("--show-errors") { Description = "Print up to N wrongly segmented sentences on stderr.", DefaultValueFactory = _ => 0 };
        var command = new Command("segment", "Word segmentation: precision, recall, F1 over word spans, multi-syllable F1, sentence exact match.")
        {
            gold, model, write, errors,
        };
        command.SetAction(parse =>
        {
            var goldFile = parse.GetValue(gold)!;
            if (!goldFile.Exists) throw new CliException($"{goldFile.FullName}: no such file");
            var segmenter = LoadSegmenter(parse.GetValue(model));
            var writeFile = parse.GetValue(write);
            using var predOut = writeFile is null ? null : new StreamWriter(writeFile.FullName) { NewLine = "\n" };
            int showErrors = parse.GetValue(errors);
            var normalizer = TextNormalizer.Default;
            var score = new SegmentationScore();
            var baseline = new SegmentationScore();
            foreach (var sentence in SegmentedCorpus.Read(goldFile.FullName))
            {
                var line = SegmentedLine.Format(sentence.RawText, normalizer, segmenter);
                predOut?.WriteLine(line);
                var goldWords = sentence.Words().Select(w => (IReadOnlyList<string>)w).ToList();
                var predicted = SegmentedSentence.FromUnderscored(line).Words().Select(w => (IReadOnlyList<string>)w).ToList();
                bool exact = score.Add(goldWords, predicted);
                baseline.Add(goldWords, sentence.Units.Select(u => (IReadOnlyList<string>)[u]).ToList());
                if (!exact && showErrors-- > 0)
                    context.Stderr.WriteLine($"- gold: {sentence}\n  pred: {line}");
            }
            using var output = context.OpenOutput();
            var inv = CultureInfo.InvariantCulture;
            if (score.MismatchedSentences > 0)
                context.Stderr.WriteLine($"warning: {score.MismatchedSentences} sentences differ in their characters from the gold; their words count as wrong");
            output.WriteLine(string.Create(inv, $"sentences {score.Sentences}, gold words {score.GoldWords}, predicted {score.PredictedWords}, correct {score.Correct}"));
            output.WriteLine(string.Create(inv, $"syllable-as-word baseline F1 {100 * baseline.F1:F2}"));
            output.WriteLine(string.Create(inv,
                $"multi-syllable words: gold {score.GoldCompounds}, predicted {score.PredictedCompounds}, correct {score.CorrectCompounds}, precision {100 * score.CompoundPrecision:F2}, recall {100 * score.CompoundRecall:F2}, F1 {100 * score.CompoundF1:F2}"));
            output.WriteLine(string.Create(inv, $"sentences fully correct {100 * score.ExactMatch:F2}%"));
            output.WriteLine(string.Create(inv, $"precision {100 * score.Precision:F2}"));
            output.WriteLine(string.Create(inv, $"recall {100 * score.Recall:F2}"));
            output.WriteLine(string.Create(inv, $"F1 {100 * score.F1:F2}"));
            return ExitCodes.Ok;
        });
        return command;
    }

    internal static WordSegmenter LoadSegmenter(FileInfo? model)
    {
        if (model is null) return WordSegmenter.Default;
        if (!model.Exists) throw new CliException($"{model.FullName}: no such file");
        using var stream = model.OpenRead();
        try
        {
            return WordSegmenter.Load(stream);
        }
        catch (InvalidDataException e)
        {
            throw new CliException($"{model.FullName}: {e.Message}");
        }
    }
}
