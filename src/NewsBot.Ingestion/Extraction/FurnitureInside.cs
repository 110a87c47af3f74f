using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// A box that holds a form control (a newsletter sign-up, a comment box, a search) is not story text, however well its
/// own wrapper matches the story's sections; an embedded video's frame is story material and does not count.
/// </summary>
internal static class FurnitureInside
{
    public static bool Any(IElement element)
    {
        foreach (var inner in element.QuerySelectorAll("*"))
        {
            if (inner.LocalName is "form" or "input" or "button" or "select" or "textarea")
            {
                return true;
            }
        }

        return false;
    }
}
