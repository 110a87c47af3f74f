using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// Subtrees ruled out of the article. Kept aside instead of removed from the DOM: AngleSharp removes a child
/// by scanning its parent's children, so thousands of removals from one wide parent would cost quadratic time.
/// </summary>
internal sealed class ExcludedNodes
{
    private readonly HashSet<INode> _roots = new(ReferenceEqualityComparer.Instance);

    public void Add(INode node) => _roots.Add(node);

    /// <summary>True for an excluded subtree root; walks skip its descendants, so they need no entry.</summary>
    public bool Contains(INode node) => _roots.Contains(node);

    /// <summary>Walk filter: yields no excluded node and enters none.</summary>
    public IEnumerable<INode> Walk(INode root, int budget = ExtractionLimits.MaxNodes) =>
        DomWalker.Descendants(root, budget, enter: node => !Contains(node), skip: Contains);

    /// <summary>The same walk over an index, as positions.</summary>
    public IEnumerable<int> WalkPositions(DomIndex index, int root, int budget = ExtractionLimits.MaxNodes) =>
        index.Walk(root, budget, enter: node => !Contains(node), skip: Contains);
}
