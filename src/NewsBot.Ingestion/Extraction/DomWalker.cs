using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// Document-order traversal without recursion, so deeply nested markup cannot exhaust the stack,
/// and with a node budget so huge pages cost bounded work.
/// </summary>
internal static class DomWalker
{
    public static IEnumerable<INode> Descendants(INode root, int budget = ExtractionLimits.MaxNodes)
    {
        var node = root.FirstChild;
        while (node is not null && budget-- > 0)
        {
            yield return node;
            node = Next(node, root);
        }
    }

    public static IEnumerable<IElement> DescendantElements(INode root, int budget = ExtractionLimits.MaxNodes)
    {
        foreach (var node in Descendants(root, budget))
        {
            if (node is IElement element)
            {
                yield return element;
            }
        }
    }

    /// <summary>The node after <paramref name="node"/> in document order, not leaving <paramref name="root"/>.</summary>
    public static INode? Next(INode node, INode root)
    {
        if (node.FirstChild is { } child)
        {
            return child;
        }

        return NextSkippingChildren(node, root);
    }

    /// <summary>The node after <paramref name="node"/>'s subtree, not leaving <paramref name="root"/>.</summary>
    public static INode? NextSkippingChildren(INode node, INode root)
    {
        for (var current = node; current is not null && current != root; current = current.Parent)
        {
            if (current.NextSibling is { } sibling)
            {
                return sibling;
            }
        }

        return null;
    }
}
