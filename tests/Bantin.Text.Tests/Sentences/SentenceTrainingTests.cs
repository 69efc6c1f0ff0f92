using System.Reflection;
using Bantin.Testing;
using Bantin.Text.Evaluation;
using Bantin.Text.Sentences.Learning;

namespace Bantin.Text.Tests.Sentences;

/// <summary>
/// The shipped sentence model is what <c>bantin train sentences</c> makes from VietNews train, and it splits VietNews
/// dev better than the rules alone. Needs ../shared.
/// </summary>
public class SentenceTrainingTests
{
    [SkippableFact]
    public void Training_on_vietnews_train_reproduces_the_shipped_model_byte_for_byte()
    {
        Skip.If(SharedData.Root is null, SharedData.MissingReason);
        var model = SentenceTraining.Train(Path.Combine(SharedData.Root!, "data/vietnews/vietnews_train_20k.jsonl"));
        using var trained = new MemoryStream();
        model.Write(trained);
        using var shipped = new MemoryStream();
        typeof(SentenceModel).Assembly.GetManifestResourceStream("Bantin.Text.Resources.sentence-boundaries.bin.gz")!.CopyTo(shipped);
        Assert.Equal(shipped.ToArray(), trained.ToArray());
    }

    [SkippableFact]
    public void On_vietnews_dev_the_model_beats_the_rules()
    {
        Skip.If(SharedData.Root is null, SharedData.MissingReason);
        var paragraphs = SentenceEvaluation.FromJsonl(Path.Combine(SharedData.Root!, "data/vietnews/vietnews_dev_2k.jsonl")).ToList();
        var gold = paragraphs.SelectMany(p => p.Sentences).ToList();
        var learned = BoundaryScore.Compute(gold, paragraphs.SelectMany(p => SentenceEvaluation.Split(p, SentenceModel.Default)).ToList(), out long goldLength, out long length);
        var rules = BoundaryScore.Compute(gold, paragraphs.SelectMany(p => SentenceEvaluation.Split(p, model: null)).ToList(), out _, out _);
        Assert.Equal(goldLength, length);
        Assert.True(learned.F1 > 0.9925, $"dev F1 {100 * learned.F1:F2}");
        Assert.True(learned.F1 > rules.F1 + 0.001, $"model {100 * learned.F1:F2}, rules {100 * rules.F1:F2}");
    }
}
