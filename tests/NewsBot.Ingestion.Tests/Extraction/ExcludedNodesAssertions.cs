using AngleSharp.Dom;
using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

internal static class ExcludedNodesAssertions
{
    /// <summary>The element or one of its ancestors is excluded: its text is out of the article either way.</summary>
    public static bool CoversElement(this ExcludedNodes excluded, IElement element)
    {
        for (INode? node = element; node is not null; node = node.Parent)
        {
            if (excluded.Contains(node))
            {
                return true;
            }
        }

        return false;
    }
}
