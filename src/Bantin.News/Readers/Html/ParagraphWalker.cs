using System.Text;
using AngleSharp.Dom;

namespace Bantin.News.Readers.Html;

/// <summary>
/// Splits a cleaned content element into paragraphs: every block element (p, div, h2, li, blockquote, tr, …) and every
/// line break starts a new one; HTML whitespace collapses to single spaces. Iterative, like the cleaner.
/// </summary>
internal sealed class ParagraphWalker
{
    private static readonly HashSet<string> Blocks =
    [
        "p", "div", "section", "article", "header", "footer", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
        "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tbody", "thead", "tfoot", "tr", "caption", "address",
        "hr", "center", "details", "summary",
    ];

    private static readonly HashSet<string> Emphasis = ["strong", "b", "em", "i"];

    private readonly List<HtmlParagraph> _paragraphs = [];
    private readonly StringBuilder _text = new();
    private readonly List<IElement> _blocks = [];
    private bool _pendingSpace;
    private int _chars, _linkChars, _emphasisChars, _inLink, _inEmphasis;

    /// <summary>The paragraphs of <paramref name="root"/>, leaving out <paramref name="skip"/> and what it holds.</summary>
    public static List<HtmlParagraph> Paragraphs(IElement root, IElement? skip = null)
    {
        var walker = new ParagraphWalker();
        walker.Walk(root, skip);
        return walker._paragraphs;
    }

    private void Walk(IElement root, IElement? skip)
    {
        // (node, leaving): a second visit when leaving an element closes what entering opened.
        var stack = new Stack<(INode Node, bool Leaving)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, leaving) = stack.Pop();
            if (node is IText text)
            {
                Append(text.Data);
                continue;
            }
            if (node is not IElement e || e == skip) continue;
            if (leaving)
            {
                Leave(e);
                continue;
            }
            Enter(e);
            stack.Push((e, true));
            var children = e.ChildNodes;
            for (int i = children.Length - 1; i >= 0; i--) stack.Push((children[i], false));
        }
        Flush();
    }

    private void Enter(IElement e)
    {
        var name = e.LocalName;
        if (name == "br") { Flush(); return; }
        if (name is "td" or "th") _pendingSpace = _text.Length > 0;
        if (name == "a") _inLink++;
        if (Emphasis.Contains(name)) _inEmphasis++;
        if (!Blocks.Contains(name)) return;
        Flush();
        _blocks.Add(e);
    }

    private void Leave(IElement e)
    {
        var name = e.LocalName;
        if (name == "a") _inLink--;
        if (Emphasis.Contains(name)) _inEmphasis--;
        if (!Blocks.Contains(name)) return;
        Flush();
        _blocks.RemoveAt(_blocks.Count - 1);
    }

    private void Append(string data)
    {
        foreach (char c in data)
        {
            if (c is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                _pendingSpace = _text.Length > 0;
                continue;
            }
            if (_pendingSpace) _text.Append(' ');
            _pendingSpace = false;
            _text.Append(c);
            _chars++;
            if (_inLink > 0) _linkChars++;
            if (_inEmphasis > 0) _emphasisChars++;
        }
    }

    private void Flush()
    {
        if (_chars > 0)
        {
            _paragraphs.Add(new HtmlParagraph(_text.ToString(), AllLink: _linkChars == _chars,
                AllEmphasis: _emphasisChars == _chars, RightAligned: RightAligned()));
        }
        _text.Clear();
        _pendingSpace = false;
        _chars = _linkChars = _emphasisChars = 0;
    }

    private const int MaxStyleChars = 1_024;

    private bool RightAligned()
    {
        if (_blocks.Count == 0) return false;
        var block = _blocks[^1];
        if (string.Equals(block.GetAttribute("align"), "right", StringComparison.OrdinalIgnoreCase)) return true;
        // Asked at every paragraph of the block: a style longer than any real one (a page's padding) is not read.
        var style = block.GetAttribute("style");
        return style is { Length: <= MaxStyleChars } && style.Replace(" ", "", StringComparison.Ordinal)
            .Contains("text-align:right", StringComparison.OrdinalIgnoreCase);
    }
}
