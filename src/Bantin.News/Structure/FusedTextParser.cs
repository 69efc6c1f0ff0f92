using Bantin.News.Json;
using Bantin.News.Model;
using Bantin.News.Structure.Learning;
using Bantin.Text.Normalization;

namespace Bantin.News.Structure;

/// <summary>
/// Structure recovery. Text with line breaks is read one field per line. Fused text (every line break removed, as in
/// the seeds) is first cleaned without touching spaces (NFC, legacy encodings, invisible characters), then cut where
/// fields were run together (<see cref="GlueFinder"/>): the first cut ends the title, the second the sapo, the others
/// end paragraphs; a short last piece is the by-line. Each field is then normalized fully. Every change and every cut
/// is reported as a <see cref="Repair"/> with its offset in the raw text.
/// </summary>
internal static class FusedTextParser
{
    // Spaces must survive the first cleaning: a no-break space after a full stop is evidence of a lost line break.
    internal static readonly TextNormalizer Light = new(NormalizerOptions.Default with
    {
        NormalizeSpaces = false, FixPunctuationSpacing = false, RepairSplitSyllables = false, ReportGluedSentences = false,
    });

    public static RecoveredArticle Parse(string raw, bool hasHead, BoundaryModel? model)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var light = Light.Normalize(raw);
        var repairs = new List<Repair>(light.Changes.Select(c => new Repair(JsonNames.Kebab(c.Kind), c.Original, c.Start)));
        string t = light.Text;
        var spans = LineCount(t) >= 2 ? LineSpans(t) : FusedSpans(t, hasHead, model, light.Map, repairs);

        // Each field with where it starts in the raw text.
        var fields = spans.Select(s => (Text: Clean(t, s, light.Map, repairs), Offset: light.Map.ToOriginalStart(s.Start)))
            .Where(f => f.Text.Length > 0).ToList();
        string title = "", sapo = "";
        if (hasHead && fields.Count >= 1)
        {
            title = fields[0].Text;
            if (fields.Count >= 2) sapo = fields[1].Text;
            fields.RemoveRange(0, Math.Min(2, fields.Count));
        }

        // Media credits on lines of their own at the end ("Ảnh: Rubi") are credits; the by-line is the piece before them.
        List<string>? lineCredits = null;
        while (fields.Count >= 2 && BylineParser.BareCredit(fields[^1].Text) is { } credit)
        {
            (lineCredits ??= []).Insert(0, credit);
            repairs.Add(new Repair("credit", fields[^1].Text, fields[^1].Offset));
            fields.RemoveAt(fields.Count - 1);
        }

        // The last piece is a by-line when something precedes it in the body, or the sapo does.
        string? author = null;
        var credits = new List<string>();
        if ((fields.Count >= 2 || fields.Count == 1 && sapo.Length > 0) && BylineParser.LooksLikeByline(fields[^1].Text))
        {
            var byline = fields[^1];
            (author, credits) = BylineParser.Split(byline.Text);
            repairs.Add(new Repair("byline", byline.Text, byline.Offset));
            fields.RemoveAt(fields.Count - 1);
        }
        if (lineCredits is not null) credits.AddRange(lineCredits);
        repairs.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        return new RecoveredArticle(title, sapo, [.. fields.Select(f => f.Text)], author, credits, repairs);
    }

    private static int LineCount(string t)
    {
        int lines = 0;
        foreach (var line in t.AsSpan().EnumerateLines()) if (!line.IsWhiteSpace()) lines++;
        return lines;
    }

    private static List<(int Start, int End)> LineSpans(string t)
    {
        var spans = new List<(int, int)>();
        int start = 0;
        for (int i = 0; i <= t.Length; i++)
        {
            if (i < t.Length && t[i] is not ('\n' or '\r' or '\u2028' or '\u2029')) continue;
            if (i > start) spans.Add((start, i));
            start = i + 1;
        }
        return spans;
    }

    private static List<(int Start, int End)> FusedSpans(string t, bool hasHead, BoundaryModel? model, OffsetMap map, List<Repair> repairs)
    {
        var glues = model is null ? RuleGlues(t, hasHead) : LearnedGlueFinder.Find(t, hasHead, model);
        // A source note run into the author's name ("Kim DungTheo Reuters"), or an outlet run into a source note ("Theo
        // Thu HàVietnamNet"), is a line of its own on the page. The model is not asked: its in-domain training text
        // keeps such lines whole as often as it splits them (the crawler's doing), so the cut would come and go with
        // every retraining.
        int lastStart = glues.Count > 0 ? glues[^1].Start : 0;
        if (glues.Count >= (hasHead ? 2 : 1) && BylineParser.SourceNoteStart(t.AsSpan(lastStart)) is > 0 and var note)
            glues.Add(new GluePoint(lastStart + note, lastStart + note, GlueKind.Heading, false));
        return Cut(t, hasHead, glues, map, repairs);
    }

    /// <summary>The hand-written rules alone: every glue, and a weak title end where no glue ends the title early.</summary>
    private static List<GluePoint> RuleGlues(string t, bool hasHead)
    {
        var glues = new List<GluePoint>();
        var closing = StraightQuotes.Closing(t);
        foreach (var g in GlueFinder.Find(t, closing))
            if (!g.NamePair || hasHead && glues.Count == 0) glues.Add(g);
        if (hasHead)
        {
            int weak = TitleBoundary.Find(t, glues.Count > 0 ? glues[0].End : t.Length, closing);
            if (weak > 0) glues.Insert(0, new GluePoint(weak, weak, GlueKind.Heading, false));
        }
        return glues;
    }

    private static List<(int Start, int End)> Cut(string t, bool hasHead, List<GluePoint> glues, OffsetMap map, List<Repair> repairs)
    {
        var spans = new List<(int, int)>(glues.Count + 1);
        int start = 0;
        for (int k = 0; k < glues.Count; k++)
        {
            var g = glues[k];
            spans.Add((start, g.End));
            string kind = hasHead && k == 0 ? "title-boundary" : hasHead && k == 1 ? "sapo-boundary" : "glued-paragraph";
            int from = Math.Max(0, g.End - 1), to = Math.Min(t.Length, g.Start + 1);
            repairs.Add(new Repair(kind, t[from..to], map.ToOriginalStart(g.End)));
            start = g.Start;
        }
        spans.Add((start, t.Length));
        return spans;
    }

    /// <summary>The field's text, fully normalized; its changes are reported at raw-text offsets.</summary>
    private static string Clean(string t, (int Start, int End) span, OffsetMap map, List<Repair> repairs)
    {
        var field = TextNormalizer.Default.Normalize(t[span.Start..span.End]);
        foreach (var c in field.Changes)
            if (c.Kind != ChangeKind.GluedSentence)
                repairs.Add(new Repair(JsonNames.Kebab(c.Kind), c.Original, map.ToOriginalStart(span.Start + c.Start)));
        return field.Text.Trim();
    }
}
