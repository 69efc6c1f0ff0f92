using Bantin.News.Structure.Learning;

namespace Bantin.News.Structure;

/// <summary>
/// Recovers an article's structure from raw text: fused like the seeds (every line break removed) or one field per
/// line (title, sapo, paragraphs, by-line last). Thread-safe.
/// </summary>
public static class StructureRecovery
{
    /// <summary>Title, sapo, body paragraphs, by-line and credits of a whole article.</summary>
    public static RecoveredArticle Recover(string text) => FusedTextParser.Parse(text, hasHead: true, BoundaryModel.Default);

    /// <summary>The same, with another boundary model (null: the hand-written rules alone, as before the model).</summary>
    public static RecoveredArticle Recover(string text, BoundaryModel? model) => FusedTextParser.Parse(text, hasHead: true, model);

    /// <summary>Body paragraphs, by-line and credits of a body whose title and sapo are known (e.g. a dump's body field).</summary>
    public static RecoveredArticle RecoverBody(string text) => FusedTextParser.Parse(text, hasHead: false, BoundaryModel.Default);
}
