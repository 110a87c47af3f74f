using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// Subtrees ruled out of the article. Kept aside instead of removed from the DOM: AngleSharp removes a child
/// by scanning its parent's children, so thousands of removals from one wide parent would cost quadratic time.
/// On an indexed page each set also marks its roots by position with a bit of its own, so walks skip them
/// without hashing every node they pass.
/// </summary>
internal sealed class ExcludedNodes
{
    private readonly HashSet<INode> _roots = new(ReferenceEqualityComparer.Instance);
    private DomIndex? _index;
    private ulong _bit;
    private bool _bound;

    public void Add(INode node)
    {
        _roots.Add(node);
        if (Bind(node) is { } index)
        {
            if (index.TryPosition(node, out var position))
            {
                index.MarkExcluded(position, _bit);
            }
            else
            {
                // A root the index cannot place: only the hash set knows it, so every walk asks the set.
                _bit = 0;
            }
        }
    }

    /// <summary>True for an excluded subtree root; walks skip its descendants, so they need no entry.</summary>
    public bool Contains(INode node) => _roots.Contains(node);

    /// <summary>Walk filter: yields no excluded node and enters none.</summary>
    public IEnumerable<INode> Walk(INode root, int budget = ExtractionLimits.MaxNodes)
    {
        if (Bind(root) is { } index && index.TryPosition(root, out var position))
        {
            return Nodes(index, WalkPositions(index, position, budget));
        }

        return DomWalker.Descendants(root, budget, enter: node => !Contains(node), skip: Contains);
    }

    /// <summary>The elements of <see cref="Walk"/>, read from the index's element column without a cast or an iterator per node.</summary>
    public IEnumerable<IElement> WalkElements(INode root, int budget = ExtractionLimits.MaxNodes)
    {
        if (Bind(root) is { } index && index.TryPosition(root, out var position))
        {
            return Elements(index, WalkPositions(index, position, budget));
        }

        return DomWalker.Descendants(root, budget, enter: node => !Contains(node), skip: Contains).OfType<IElement>();
    }

    /// <summary>The same walk over an index, as positions.</summary>
    public IEnumerable<int> WalkPositions(DomIndex index, int root, int budget = ExtractionLimits.MaxNodes) =>
        Bind(index.Nodes[0]) == index && _bit != 0
            ? index.Walk(root, budget, enter: null, skip: null, _bit)
            : index.Walk(root, budget, enter: node => !Contains(node), skip: Contains);

    private static IEnumerable<INode> Nodes(DomIndex index, IEnumerable<int> positions)
    {
        foreach (var position in positions)
        {
            yield return index.Nodes[position];
        }
    }

    private static IEnumerable<IElement> Elements(DomIndex index, IEnumerable<int> positions)
    {
        var elements = index.Elements;
        foreach (var position in positions)
        {
            if (elements[position] is { } element)
            {
                yield return element;
            }
        }
    }

    /// <summary>The attached index of the page this set belongs to, claiming this set's bit on first use.</summary>
    private DomIndex? Bind(INode node)
    {
        if (!_bound)
        {
            _bound = true;
            _index = DomIndex.Of(node);
            _bit = _index?.ClaimExclusionBit() ?? 0;
        }

        return _index;
    }
}
