using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// <c>element.Closest("h1")</c> for a bare tag name, without the selector machinery: asked for every visible text line
/// of a page. A type selector matches the tag case-insensitively, on the element itself or an ancestor.
/// </summary>
internal static class ElementAncestry
{
    public static bool IsInside(IElement element, string tag)
    {
        for (IElement? current = element; current is not null; current = current.ParentElement)
        {
            if (string.Equals(current.LocalName, tag, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
