using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// Document-order traversal without recursion, so deeply nested markup cannot exhaust the stack, and with
/// a node budget so huge pages cost bounded work. On a page whose <see cref="DomIndex"/> is attached, a walk is a scan
/// of its array; otherwise children are read by index: AngleSharp finds a node's next sibling by scanning its parent's
/// children, which turns sibling walks over wide parents quadratic.
/// </summary>
internal static class DomWalker
{
    /// <summary>
    /// Descendants of <paramref name="root"/> in document order. <paramref name="enter"/> is asked after a node
    /// has been yielded (and processed) whether to walk into it; the default walks everything. A node that
    /// <paramref name="skip"/> names is neither yielded nor entered (it still costs its step of the budget).
    /// </summary>
    public static IEnumerable<INode> Descendants(
        INode root, int budget = ExtractionLimits.MaxNodes, Func<INode, bool>? enter = null, Func<INode, bool>? skip = null) =>
        DomIndex.Of(root) is { } index && index.TryPosition(root, out var position)
            ? IndexedDescendants(index, position, budget, enter, skip)
            : TreeDescendants(root, budget, enter, skip);

    public static IEnumerable<IElement> DescendantElements(INode root, int budget = ExtractionLimits.MaxNodes) =>
        DomIndex.Of(root) is { } index && index.TryPosition(root, out var position)
            ? index.ElementsUnder(position, budget)
            : TreeDescendants(root, budget, enter: null, skip: null).OfType<IElement>();

    /// <summary>
    /// The elements named <paramref name="localName"/> among <see cref="DescendantElements"/>, in document order; on an
    /// indexed page whose subtree fits the budget they are found by position in the page's list of that name.
    /// </summary>
    public static IEnumerable<IElement> DescendantElementsNamed(INode root, string localName, int budget = ExtractionLimits.MaxNodes) =>
        DomIndex.Of(root) is { } index && index.TryPosition(root, out var position) && index.FitsBudget(position, budget)
            ? index.ElementsNamed(localName, position)
            : DescendantElements(root, budget).Where(e => e.LocalName == localName);

    public static IEnumerable<INode> Children(INode parent)
    {
        var children = parent.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            yield return children[i];
        }
    }

    public static IEnumerable<IElement> ChildElements(INode parent) => Children(parent).OfType<IElement>();

    private static IEnumerable<INode> IndexedDescendants(
        DomIndex index, int root, int budget, Func<INode, bool>? enter, Func<INode, bool>? skip)
    {
        if (enter is null && skip is null && index.FitsBudget(root, budget))
        {
            // Nothing filtered and the budget cannot run out: the walk is the index's range, with no inner iterator.
            var (nodes, end) = (index.Nodes, index.Ends[root]);
            for (var i = root + 1; i < end; i++)
            {
                yield return nodes[i];
            }

            yield break;
        }

        foreach (var position in index.Walk(root, budget, enter, skip))
        {
            yield return index.Nodes[position];
        }
    }

    private static IEnumerable<INode> TreeDescendants(INode root, int budget, Func<INode, bool>? enter, Func<INode, bool>? skip)
    {
        var stack = new Stack<(INodeList Children, int Next)>();
        stack.Push((root.ChildNodes, 0));
        while (stack.Count > 0 && budget-- > 0)
        {
            var (children, next) = stack.Pop();
            if (next >= children.Length)
            {
                continue;
            }

            var node = children[next];
            stack.Push((children, next + 1));
            if (skip is not null && skip(node))
            {
                continue;
            }

            yield return node;
            if (node.HasChildNodes && (enter is null || enter(node)))
            {
                stack.Push((node.ChildNodes, 0));
            }
        }
    }
}
