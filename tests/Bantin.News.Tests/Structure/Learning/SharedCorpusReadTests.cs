using Bantin.News.Evaluation;
using Bantin.News.Structure;

namespace Bantin.News.Tests.Structure.Learning;

/// <summary>The shipped model against the rules alone on the two dev measures (never trained on), first articles only.</summary>
public class SharedCorpusReadTests
{
    [SkippableTheory]
    [InlineData("data/unc_dantri/unc_dantri_shared.jsonl")]
    [InlineData("data/vietnews/vietnews_dev_2k.jsonl")]
    public void The_model_reads_fused_news_better_than_the_rules_alone(string gold)
    {
        Skip.If(SharedData.Root is null, SharedData.MissingReason);
        ReadScore learned = new(), rules = new();
        foreach (var a in ArticleFuser.FromJsonl(Path.Combine(SharedData.Root!, gold), noise: true, limit: 300))
        {
            var r = StructureRecovery.Recover(a.Raw);
            learned.Add(a, r.Title, r.Sapo, r.Body, r.Author);
            r = StructureRecovery.Recover(a.Raw, model: null);
            rules.Add(a, r.Title, r.Sapo, r.Body, r.Author);
        }
        Assert.True(learned.BoundaryF1 > rules.BoundaryF1, $"F1 {learned.BoundaryF1:F4} vs rules {rules.BoundaryF1:F4}");
        Assert.True(learned.Body >= rules.Body, $"body {learned.Body:F4} vs rules {rules.Body:F4}");
    }
}
