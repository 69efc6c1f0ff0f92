using Bantin.Testing;
using Bantin.Text.Evaluation;
using Bantin.Text.Normalization;
using Bantin.Text.Segmentation;
using Bantin.Text.Segmentation.Training;

namespace Bantin.Text.Tests.Segmentation;

/// <summary>
/// Trains on UD-VTB train exactly as the shipped model is trained (minus the dev split it also uses) and checks the dev
/// F1 stays above RDRsegmenter's 97.19 measured on the same file. Needs ../shared.
/// </summary>
public class SegmenterQualityTests
{
    [SkippableFact]
    public void Trained_on_train_only_the_dev_F1_beats_RDRsegmenter()
    {
        Skip.If(SharedData.Root is null, SharedData.MissingReason);
        string data = Path.Combine(SharedData.Root!, "data");
        var lexicon = new WordLexiconSource()
            .AddListed(Path.Combine(data, "lexicon_vi/vnvocab_rdrsegmenter.txt"))
            .AddListed(Path.Combine(data, "gazetteer_vi/rdr_vn_locations.txt"))
            .AddListed(Path.Combine(data, "gazetteer_vi/rdr_country_names_long.txt"))
            .AddListed(Path.Combine(data, "gazetteer_vi/rdr_country_names_short.txt"))
            .AddCounted(Path.Combine(data, "lexicon_vi/vietnews_word_freq.tsv"))
            .AddFamilyNames(Path.Combine(data, "gazetteer_vi/rdr_vn_family_names.txt"))
            .AddMiddleNames(Path.Combine(data, "gazetteer_vi/rdr_vn_middle_names.txt"))
            .AddSentenceStarters(Path.Combine(data, "lexicon_vi/rdr_first_sentence_words.txt"));
        var train = SegmentedCorpus.Read(Path.Combine(data, "ws/ud-vtb/vi_vtb-ud-train.conllu")).ToList();
        using var model = new MemoryStream();
        SegmenterTrainer.Train(train, lexicon, new SegmenterTrainingOptions(), model);
        model.Position = 0;
        var segmenter = WordSegmenter.Load(model);

        var score = new SegmentationScore();
        foreach (var sentence in SegmentedCorpus.Read(Path.Combine(data, "ws/ud-vtb/vi_vtb-ud-dev.conllu")))
        {
            var predicted = SegmentedSentence.FromUnderscored(SegmentedLine.Format(sentence.RawText, TextNormalizer.Default, segmenter));
            score.Add(sentence.Words().Select(w => (IReadOnlyList<string>)w).ToList(), predicted.Words().Select(w => (IReadOnlyList<string>)w).ToList());
        }
        Assert.Equal(1123, score.Sentences);
        Assert.Equal(0, score.MismatchedSentences);
        Assert.True(score.F1 > 0.9719, $"dev F1 {100 * score.F1:F2} is not above RDRsegmenter's 97.19");
    }
}
