using System.Text;
using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction.Blocks;

/// <summary>
/// Splits a page into the text blocks the classifier labels: every block-level element (the tags <see cref="HtmlTags.Block"/>
/// names) starts and ends a block, as in <see cref="TextBlockWriter"/>; scripts, styles and other non-content tags are
/// skipped. Hidden elements are kept and marked: some pages stream their content into a hidden container.
/// </summary>
internal static class BlockSegmenter
{
    /// <summary>Blocks longer than this are cut: a page that is one huge text node needs no finer view.</summary>
    private const int MaxBlockChars = 20_000;

    public static List<ContentBlock> Segment(IElement root)
    {
        var blocks = new List<ContentBlock>();
        var state = new SegmentState(blocks, root);
        var open = new Stack<(IElement Element, int Next)>();
        open.Push((root, 0));
        var budget = ExtractionLimits.MaxNodes;
        while (open.Count > 0 && budget-- > 0)
        {
            var (element, next) = open.Pop();
            if (next >= element.ChildNodes.Length)
            {
                state.Close(element);
                continue;
            }

            open.Push((element, next + 1));
            var child = element.ChildNodes[next];
            if (child.NodeType == NodeType.Text)
            {
                state.Append(child.TextContent);
            }
            else if (child is IElement childElement && !HtmlTags.NonContent.Contains(childElement.LocalName))
            {
                state.Open(childElement);
                open.Push((childElement, 0));
            }
        }

        state.Flush();
        return blocks;
    }

    private sealed class SegmentState(List<ContentBlock> blocks, IElement root)
    {
        private readonly StringBuilder _text = new();
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
        private readonly Stack<IElement> _owners = new([root]);
        private int _linkedChars;
        private int _links;
        private int _hidden;
        private bool _pendingSpace;

        public void Open(IElement element)
        {
            if (HtmlTags.IsBlock(element.LocalName))
            {
                Flush();
                _owners.Push(element);
            }
            else if (element.LocalName == "a")
            {
                _links++;
            }

            if (IsHidden(element))
            {
                _hidden++;
            }
        }

        public void Close(IElement element)
        {
            if (HtmlTags.IsBlock(element.LocalName))
            {
                Flush();
                if (_owners.Count > 1 && _owners.Peek() == element)
                {
                    _owners.Pop();
                }
            }
            else if (element.LocalName == "a")
            {
                _links--;
            }

            if (IsHidden(element))
            {
                _hidden--;
            }
        }

        public void Append(string text)
        {
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c))
                {
                    _pendingSpace = _text.Length > 0;
                    continue;
                }

                if (_text.Length >= MaxBlockChars)
                {
                    return;
                }

                if (_pendingSpace)
                {
                    _text.Append(' ');
                    _pendingSpace = false;
                }

                _text.Append(c);
                if (_links > 0)
                {
                    _linkedChars++;
                }
            }
        }

        public void Flush()
        {
            if (_text.Length > 0)
            {
                var text = _text.ToString();
                blocks.Add(new ContentBlock(text, _owners.Peek(), (double)_linkedChars / text.Length, _hidden > 0, !_seen.Add(text)));
            }

            _text.Clear();
            _linkedChars = 0;
            _pendingSpace = false;
        }

        private static bool IsHidden(IElement element) =>
            element.HasAttribute(null, "hidden") || "true".Equals(element.GetAttribute(null, "aria-hidden"), StringComparison.OrdinalIgnoreCase)
            || (element.GetAttribute(null, "style") is { Length: <= ExtractionLimits.MaxHintChars } style
                && style.Replace(" ", "", StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase));
    }
}
