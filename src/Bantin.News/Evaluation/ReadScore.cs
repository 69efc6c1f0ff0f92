using System.Text;
using System.Text.RegularExpressions;

namespace Bantin.News.Evaluation;

/// <summary>
/// The scores of <c>tools/fuse_eval.py score</c>: title, sapo and body exact (body paragraphs followed by the author,
/// as one sequence), and boundary F1 over title, sapo and those pieces; texts compared after the scorer's <c>norm</c>.
/// </summary>
public sealed partial class ReadScore
{
    public int Articles { get; private set; }
    public int TitleExact { get; private set; }
    public int SapoExact { get; private set; }
    public int BodyExact { get; private set; }
    private long _tp, _fp, _fn;

    public double Title => Articles == 0 ? 0 : (double)TitleExact / Articles;
    public double Sapo => Articles == 0 ? 0 : (double)SapoExact / Articles;
    public double Body => Articles == 0 ? 0 : (double)BodyExact / Articles;

    public double BoundaryF1
    {
        get
        {
            double p = _tp + _fp == 0 ? 0 : (double)_tp / (_tp + _fp), r = _tp + _fn == 0 ? 0 : (double)_tp / (_tp + _fn);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /// <summary>Adds one article; returns which fields matched.</summary>
    public (bool Title, bool Sapo, bool Body) Add(FusedArticle gold, string title, string sapo, IReadOnlyList<string> body, string? author)
    {
        Articles++;
        bool t = Norm(title) == Norm(gold.Title), s = Norm(sapo) == Norm(gold.Sapo);
        var g = gold.Body.Select(Norm).Concat(gold.Author is null ? [] : [Norm(gold.Author)]).ToList();
        var p = body.Where(b => !string.IsNullOrWhiteSpace(b)).Select(Norm)
            .Concat(string.IsNullOrEmpty(author) ? [] : [Norm(author)]).ToList();
        bool b = g.SequenceEqual(p);
        if (t) TitleExact++;
        if (s) SapoExact++;
        if (b) BodyExact++;
        var gb = Boundaries([Norm(gold.Title), Norm(gold.Sapo), .. g]);
        var pb = Boundaries([Norm(title), Norm(sapo), .. p]);
        int common = gb.Count(pb.Contains);
        _tp += common;
        _fp += pb.Count - common;
        _fn += gb.Count - common;
        return (t, s, b);
    }

    /// <summary>The scorer's <c>norm</c>: NFC, no-break space as space, white space collapsed, " - " around hyphens.</summary>
    public static string Norm(string? s)
    {
        if (s is null) return "";
        s = s.Normalize(NormalizationForm.FormC).Replace('\u00A0', ' ');
        s = Spaces().Replace(s, " ").Trim();
        return Hyphen().Replace(s, " - ");
    }

    private static HashSet<long> Boundaries(IEnumerable<string> seq)
    {
        var set = new HashSet<long>();
        long pos = 0;
        foreach (var s in seq)
        {
            pos += s.EnumerateRunes().Count(r => r.Value != ' '); // Python's len(s.replace(" ", "")): code points
            set.Add(pos);
        }
        return set;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s*-\s*")]
    private static partial Regex Hyphen();
}
