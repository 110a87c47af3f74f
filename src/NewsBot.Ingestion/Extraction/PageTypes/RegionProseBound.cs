using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction.PageTypes;

/// <summary>
/// An upper bound of the content region's prose, from one walk that writes no text and keeps no measures: the body's
/// characters outside links and outside structural furniture (which every region rules out). When the article path
/// already holds its share of this bound, it holds its share of the region too, and the region need not be read.
/// </summary>
internal static class RegionProseBound
{
    public static int Of(IElement body)
    {
        var measure = new NodeStats();
        foreach (var node in DomWalker.Descendants(body, enter: IsProseContainer))
        {
            if (node.NodeType == NodeType.Text)
            {
                DocumentStats.MeasureText(node.TextContent, ref measure);
            }
        }

        return measure.TextLength;
    }

    /// <summary>Links and structural furniture are not entered, so their text is never counted.</summary>
    private static bool IsProseContainer(INode node) =>
        node is not IElement element || (element.LocalName != "a" && !RegionFurniture.IsStructural(element));
}
