using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>Subtree text measures for every element under a root, computed in one linear pass over the page's index.</summary>
internal sealed class DocumentStats
{
    private readonly DomIndex _index;
    private readonly int _root;
    private readonly NodeStats[] _stats;
    private readonly int _length;

    [ThreadStatic]
    private static List<int>? t_elements;

    private DocumentStats(DomIndex index, int root, NodeStats[] stats, int length) =>
        (_index, _root, _stats, _length) = (index, root, stats, length);

    /// <summary>The element's measures; zero for one outside the measured part (excluded, or beyond the budget).</summary>
    public NodeStats For(IElement element) =>
        _index.TryPosition(element, out var position) && position >= _root && position - _root < _length
            ? _stats[position - _root]
            : default;

    public static DocumentStats Measure(IElement root, ExcludedNodes excluded)
    {
        var (index, start) = DomIndex.Of(root) is { } attached && attached.TryPosition(root, out var position)
            ? (attached, position)
            : (DomIndex.Build(root), 0);

        var (nodes, parents, elementColumn) = (index.Nodes, index.Parents, index.Elements);
        var length = index.Ends[start] - start;
        var stats = index.RentStats(length);
        // One list per thread, reused: a page is measured several times and the list grows to its element count.
        var elements = t_elements ??= [];
        elements.Clear();
        elements.Add(start);
        foreach (var visited in excluded.WalkPositions(index, start))
        {
            // The index's element column: no interface cast per node.
            if (elementColumn[visited] is not null)
            {
                elements.Add(visited);
            }
            else if (nodes[visited].NodeType == NodeType.Text)
            {
                MeasureText(nodes[visited].TextContent, ref stats[parents[visited] - start]);
            }
        }

        // Reverse document order visits every element after all of its descendants.
        for (var i = elements.Count - 1; i >= 0; i--)
        {
            var element = elements[i];
            Finish(elementColumn[element]!, ref stats[element - start]);
            if (element != start)
            {
                stats[parents[element] - start].Add(stats[element - start]);
            }
        }

        return new DocumentStats(index, start, stats, length);
    }

    private static void Finish(IElement element, ref NodeStats own)
    {
        switch (element.LocalName)
        {
            case "a":
                own.LinkTextLength = own.TextLength;
                break;
            case "p":
                own.ParagraphTextLength = own.TextLength;
                own.Paragraphs++;
                break;
            case "li":
                own.ListItems++;
                break;
            case "img":
                own.Images++;
                break;
            case "script" or "style" or "template" or "noscript":
                own.ReadableTextLength = 0;
                break;
        }
    }

    /// <summary>Adds a text node's length (a whitespace run counts as one character) and commas.</summary>
    public static void MeasureText(string text, ref NodeStats into)
    {
        var (length, commas, inSpace) = (0, 0, true);
        CollapsedText.Measure(text, ref length, ref commas, ref inSpace);
        into.Commas += commas;
        into.TextLength += length;
        into.ReadableTextLength += length;
    }
}
