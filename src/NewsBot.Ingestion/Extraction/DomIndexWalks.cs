using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>Walks over a <see cref="DomIndex"/>'s positions that spend a budget as a walk of the tree would.</summary>
internal static class DomIndexWalks
{
    /// <summary>True when a walk of the subtree at <paramref name="root"/> visits all of it within <paramref name="budget"/>.</summary>
    public static bool FitsBudget(this DomIndex index, int root, int budget) => 2L * (index.Ends[root] - root) <= budget;

    /// <summary>
    /// The elements <see cref="Walk"/> yields under <paramref name="root"/> with no filter, without its iterator's steps or
    /// a cast: a subtree of at most half the budget's nodes cannot run out of it (each node costs at most two steps).
    /// </summary>
    public static IEnumerable<IElement> ElementsUnder(this DomIndex index, int root, int budget)
    {
        var elements = index.Elements;
        if (!index.FitsBudget(root, budget))
        {
            foreach (var position in index.Walk(root, budget, enter: null, skip: null))
            {
                if (elements[position] is { } cut)
                {
                    yield return cut;
                }
            }

            yield break;
        }

        var end = index.Ends[root];
        for (var i = root + 1; i < end; i++)
        {
            if (elements[i] is { } element)
            {
                yield return element;
            }
        }
    }

    /// <summary>
    /// Positions of the descendants of the node at <paramref name="root"/>, in document order, with the budget spent as a
    /// walk of the tree spends it (one step per node and per finished list of children). <paramref name="enter"/> is asked
    /// after a node has been yielded (and processed) whether to walk into it; a node that <paramref name="skip"/> names is
    /// neither yielded nor entered.
    /// </summary>
    /// <param name="excludedBit">A set's <see cref="DomIndex.ClaimExclusionBit"/>: nodes it marked are skipped like those <paramref name="skip"/> names.</param>
    public static IEnumerable<int> Walk(this DomIndex index, int root, int budget, Func<INode, bool>? enter, Func<INode, bool>? skip, ulong excludedBit = 0)
    {
        var (nodes, ends, depths) = (index.Nodes, index.Ends, index.Depths);
        var end = ends[root];
        var listDepth = depths[root] + 1;
        for (var i = root + 1; i < end;)
        {
            var finishedLists = Math.Max(0, listDepth - depths[i]);
            if (budget <= finishedLists)
            {
                yield break;
            }

            budget -= finishedLists + 1;
            listDepth = depths[i];
            if (index.IsExcluded(i, excludedBit) || (skip is not null && skip(nodes[i])))
            {
                i = ends[i];
                continue;
            }

            yield return i;
            // Read after the caller has seen the node: it may have excluded it meanwhile.
            i = ends[i] > i + 1 && !index.IsExcluded(i, excludedBit) && (enter is null || enter(nodes[i])) ? i + 1 : ends[i];
        }
    }
}
