namespace Bantin.News.Structure.Learning;

/// <summary>
/// One gold JSONL file to train on, and how many times each pass sees its articles (each time fused with its own
/// noise). A small in-domain file weighted up next to a large general one: VietNews (sentences) and Dân trí (paragraphs).
/// <paramref name="HeadsFromLines"/>: sources whose records without title and sapo take them from their first lines
/// (VNTC's VnExpress files; <see cref="Evaluation.ArticleFuser.FromJsonl"/>).
/// </summary>
public sealed record TrainingSource(string Path, int Weight = 1, IReadOnlySet<string>? HeadsFromLines = null);
