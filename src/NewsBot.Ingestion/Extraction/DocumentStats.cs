using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>Subtree text measures for every element under a root, computed in one linear pass.</summary>
internal sealed class DocumentStats
{
    private static readonly NodeStats Nothing = new();
    private readonly Dictionary<IElement, NodeStats> _stats;

    private DocumentStats(Dictionary<IElement, NodeStats> stats) => _stats = stats;

    public NodeStats For(IElement element) => _stats.GetValueOrDefault(element) ?? Nothing;

    public static DocumentStats Measure(IElement root, ExcludedNodes excluded)
    {
        var stats = new Dictionary<IElement, NodeStats>(ReferenceEqualityComparer.Instance) { [root] = new NodeStats() };
        var order = new List<IElement> { root };
        foreach (var node in excluded.Walk(root))
        {
            if (node is IElement element)
            {
                stats[element] = new NodeStats();
                order.Add(element);
            }
            else if (node.NodeType == NodeType.Text && node.ParentElement is { } parent && stats.TryGetValue(parent, out var own))
            {
                MeasureText(node.TextContent, own);
            }
        }

        // Reverse document order visits every element after all of its descendants.
        for (var i = order.Count - 1; i >= 0; i--)
        {
            var element = order[i];
            var own = stats[element];
            Finish(element, own);
            if (element != root && element.ParentElement is { } parent && stats.TryGetValue(parent, out var parentStats))
            {
                parentStats.Add(own);
            }
        }

        return new DocumentStats(stats);
    }

    private static void Finish(IElement element, NodeStats own)
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
        }
    }

    /// <summary>Adds a text node's length (a whitespace run counts as one character) and commas.</summary>
    public static void MeasureText(string text, NodeStats into)
    {
        var length = 0;
        var inSpace = true;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                inSpace = true;
                continue;
            }

            length += inSpace ? 2 : 1;
            inSpace = false;
            if (c is ',' or '，' or '、' or '،')
            {
                into.Commas++;
            }
        }

        into.TextLength += length;
    }
}
