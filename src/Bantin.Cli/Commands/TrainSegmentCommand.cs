using System.CommandLine;
using System.Diagnostics;
using Bantin.Text.Segmentation.Training;

namespace Bantin.Cli.Commands;

/// <summary>
/// <c>bantin train segment</c>: rebuilds the segmenter model from gold treebank sentences, optional silver sentences
/// and word lists; the same files and options give the same bytes.
/// </summary>
internal static class TrainSegmentCommand
{
    public static Command Create(CliContext context)
    {
        var gold = new Option<FileInfo[]>("--gold") { Description = "Gold training sentences (CoNLL-U or underscore form).", Required = true, AllowMultipleArgumentsPerToken = true };
        var goldWeight = new Option<int>("--gold-weight") { Description = "How many times each gold sentence is seen per pass.", DefaultValueFactory = _ => 1 };
        var silver = new Option<FileInfo?>("--silver") { Description = "VietNews JSONL with title_seg/sapo_seg/body_seg (machine-segmented; extra training)." };
        var silverLimit = new Option<int>("--silver-limit") { Description = "Use at most N silver articles.", DefaultValueFactory = _ => int.MaxValue };
        var words = new Option<FileInfo[]>("--words") { Description = "Word lists, one word per line (the lexicon's listed words).", AllowMultipleArgumentsPerToken = true };
        var counts = new Option<FileInfo[]>("--counts") { Description = "Word frequency lists 'word<TAB>count' (the lexicon's counted words).", AllowMultipleArgumentsPerToken = true };
        var family = new Option<FileInfo?>("--family-names") { Description = "Family names, one per line." };
        var middle = new Option<FileInfo?>("--middle-names") { Description = "Middle names, one per line." };
        var starters = new Option<FileInfo?>("--sentence-starters") { Description = "Words that often start a sentence (not names), one per line." };
        var minCount = new Option<int>("--min-count") { Description = "Ignore counted words seen fewer times.", DefaultValueFactory = _ => 5 };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the data.", DefaultValueFactory = _ => 25 };
        var seed = new Option<int>("--seed") { Description = "Shuffling seed.", DefaultValueFactory = _ => 1 };
        var minWeight = new Option<float>("--min-weight") { Description = "Drop averaged weights smaller than this.", DefaultValueFactory = _ => 0f };
        var output = new Option<FileInfo>("--out") { Description = "Where to write the model (e.g. src/Bantin.Text/Resources/segmenter.bin.gz).", Required = true };
        var command = new Command("segment", "Train the word segmenter (averaged perceptron over the lexicon's word graph).")
        {
            gold, goldWeight, silver, silverLimit, words, counts, family, middle, starters, minCount, epochs, seed, minWeight, output,
        };
        command.SetAction(parse =>
        {
            var clock = Stopwatch.StartNew();
            var sentences = new List<SegmentedSentence>();
            foreach (var file in parse.GetValue(gold)!)
            {
                Require(file);
                var goldSentences = SegmentedCorpus.Read(file.FullName).ToList();
                for (int i = 0; i < Math.Max(1, parse.GetValue(goldWeight)); i++) sentences.AddRange(goldSentences);
                context.Stderr.WriteLine($"gold: {file.Name}: {goldSentences.Count:N0} sentences");
            }
            if (parse.GetValue(silver) is { } silverFile)
            {
                Require(silverFile);
                int before = sentences.Count;
                sentences.AddRange(SegmentedCorpus.ReadVietnewsSilver(silverFile.FullName, parse.GetValue(silverLimit)));
                context.Stderr.WriteLine($"silver: {silverFile.Name}: {sentences.Count - before:N0} sentences");
            }
            var lexicon = new WordLexiconSource { MinCount = parse.GetValue(minCount) };
            foreach (var file in parse.GetValue(words) ?? []) { Require(file); lexicon.AddListed(file.FullName); }
            foreach (var file in parse.GetValue(counts) ?? []) { Require(file); lexicon.AddCounted(file.FullName); }
            if (parse.GetValue(family) is { } f) { Require(f); lexicon.AddFamilyNames(f.FullName); }
            if (parse.GetValue(middle) is { } m) { Require(m); lexicon.AddMiddleNames(m.FullName); }
            if (parse.GetValue(starters) is { } st) { Require(st); lexicon.AddSentenceStarters(st.FullName); }
            var options = new SegmenterTrainingOptions { Epochs = parse.GetValue(epochs), Seed = parse.GetValue(seed), MinWeight = parse.GetValue(minWeight) };
            var outFile = parse.GetValue(output)!;
            using (var stream = new MemoryStream())
            {
                SegmenterTrainer.Train(sentences, lexicon, options, stream,
                    (epoch, errors, gaps) => context.Stderr.WriteLine($"epoch {epoch}: {errors:N0} errors in {gaps:N0} decisions ({100.0 * errors / Math.Max(1, gaps):F2}%)"));
                File.WriteAllBytes(outFile.FullName, stream.ToArray());
            }
            context.Stderr.WriteLine($"wrote {outFile.FullName} ({new FileInfo(outFile.FullName).Length:N0} bytes) in {clock.Elapsed.TotalSeconds:F1} s");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Require(FileInfo file)
    {
        if (!file.Exists) throw new CliException($"{file.FullName}: no such file");
    }
}
