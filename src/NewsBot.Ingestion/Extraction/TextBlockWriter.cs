using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// Turns the chosen elements into the article text: paragraphs, headings, block quotes and layout cells
/// become blocks; a list becomes one block with an item per line; a data table one block with a row per line.
/// </summary>
internal static class TextBlockWriter
{
    private const string CellSeparator = " | ";

    public static string Write(IEnumerable<IElement> roots)
    {
        var output = new BlockBuilder();
        foreach (var root in roots)
        {
            Write(root, output);
            output.EndBlock();
        }

        return output.ToString();
    }

    private static void Write(IElement root, BlockBuilder output)
    {
        // Each open list or data table that encloses the current node; inside one, blocks become lines.
        var groups = new Stack<INode>();
        var budget = ExtractionLimits.MaxNodes;
        INode? node = root;
        while (node is not null && budget-- > 0)
        {
            if (node.NodeType == NodeType.Text)
            {
                output.Append(node.TextContent);
            }
            else if (node is IElement element)
            {
                Open(element, groups, output);
            }

            if (node.FirstChild is { } child && node is IElement)
            {
                node = child;
                continue;
            }

            // Leaving subtrees: close each element whose last descendant was just written.
            while (node is not null)
            {
                if (node is IElement finished)
                {
                    Close(finished, groups, output);
                }

                if (node == root)
                {
                    return;
                }

                if (node.NextSibling is { } sibling)
                {
                    node = sibling;
                    break;
                }

                node = node.Parent;
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
