using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// The chosen container seen at its outermost wrapper: page builders nest a body in wrappers that add no text of their
/// own, and the lead paragraphs written before the body stand beside the outermost one, out of reach of a sibling check
/// made at the innermost.
/// </summary>
internal static class OutermostWrapper
{
    public static IElement Of(IElement top, IElement body, DocumentStats stats)
    {
        var textLength = stats.For(top).TextLength;
        while (top.ParentElement is { } parent && parent != body && stats.For(parent).TextLength == textLength)
        {
            top = parent;
        }

        return top;
    }
}
