using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// Turns the chosen elements into the article text: paragraphs, headings, block quotes and layout cells
/// become blocks; a list becomes one block with an item per line; a data table one block with a row per line.
/// </summary>
internal static class TextBlockWriter
{
    private const string CellSeparator = " | ";

    // One builder per thread, taken while in use: its buffers grew to a page's text once, not on every call.
    [ThreadStatic]
    private static BlockBuilder? t_output;

    public static string Write(IEnumerable<IElement> roots, ExcludedNodes excluded)
    {
        var output = t_output ?? new BlockBuilder();
        t_output = null;
        try
        {
            foreach (var root in roots)
            {
                Write(root, excluded, output);
                output.EndBlock();
            }

            return output.ToString();
        }
        finally
        {
            output.Clear();
            t_output = output;
        }
    }

    private static void Write(IElement root, ExcludedNodes excluded, BlockBuilder output)
    {
        // Each open list or data table that encloses the current node; inside one, blocks become lines.
        var groups = new Stack<INode>();
        // Elements being written, with the index of their next child; popping one closes it.
        var open = new Stack<(IElement Element, int Next)>();
        Open(root, groups, output);
        open.Push((root, 0));
        var budget = ExtractionLimits.MaxNodes;
        while (open.Count > 0 && budget-- > 0)
        {
            var (element, next) = open.Pop();
            if (next >= element.ChildNodes.Length)
            {
                Close(element, groups, output);
                continue;
            }

            open.Push((element, next + 1));
            var child = element.ChildNodes[next];
            if (excluded.Contains(child))
            {
                continue;
            }

            if (child.NodeType == NodeType.Text)
            {
                output.Append(child.TextContent);
            }
            else if (child is IElement childElement)
            {
                Open(childElement, groups, output);
                open.Push((childElement, 0));
            }
        }
    }

    private static void Open(IElement element, Stack<INode> groups, BlockBuilder output)
    {
        var tag = element.LocalName;
        if (tag is "ul" or "ol" or "dl" || (tag == "table" && IsDataTable(element)))
        {
            Break(groups, output);
            groups.Push(element);
        }
        else if (tag is "td" or "th" && groups.Count > 0)
        {
            output.AppendSeparator(CellSeparator);
        }
        else if (HtmlTags.IsBlock(tag))
        {
            Break(groups, output);
        }
    }

    private static void Close(IElement element, Stack<INode> groups, BlockBuilder output)
    {
        if (groups.Count > 0 && groups.Peek() == element)
        {
            groups.Pop();
            if (groups.Count == 0)
            {
                output.EndBlock();
            }
        }
        else if (element.LocalName is not ("td" or "th" or "br") && HtmlTags.IsBlock(element.LocalName))
        {
            Break(groups, output);
        }
    }

    private static void Break(Stack<INode> groups, BlockBuilder output)
    {
        if (groups.Count > 0)
        {
            output.EndLine();
        }
        else
        {
            output.EndBlock();
        }
    }

    /// <summary>A table of data rather than page layout: no paragraphs, lists or nested tables inside.</summary>
    private static bool IsDataTable(IElement table) =>
        !DomWalker.DescendantElements(table, 5_000)
            .Any(e => e.LocalName is "p" or "ul" or "ol" or "table" or "blockquote" or "h1" or "h2" or "h3" or "div");
}
