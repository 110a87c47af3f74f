using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// A body that a page builder or a CMS writes as a row of same-shaped sections (one per heading, or split around a
/// figure or a promotion) leaves the best-scored section holding only part of the story. A sibling of the body's
/// outermost wrapper built the same way (the same tag and class, and the same first child) that reads as prose is
/// the story's continuation: SmartReader's sibling joining by class, made stricter by the child's shape so that a
/// promotion box squeezed between two sections stays out.
/// </summary>
internal static class ContinuationSiblings
{
    private const double MaxLinkDensity = 0.25;
    private const double MinParagraphShare = 0.5;
    private const int MinTextLength = 80;

    /// <summary>More same-shaped siblings than this are a row of cards (a blog's front page), not one story in parts.</summary>
    private const int MaxSameShaped = 8;

    /// <summary>The chosen elements with the outermost wrapper's same-shaped prose siblings, in document order.</summary>
    public static IReadOnlyList<IElement> Join(IElement outermost, IReadOnlyList<IElement> chosen, IElement body,
        DocumentStats stats, ExcludedNodes excluded)
    {
        if (outermost == body || outermost.ParentElement is not { } parent || parent == body)
        {
            return chosen;
        }

        var shape = ShapeOf(outermost);
        if (shape is null)
        {
            return chosen;
        }

        var sameShaped = 0;
        foreach (var sibling in DomWalker.ChildElements(parent))
        {
            if (sibling != outermost && shape == ShapeOf(sibling) && ++sameShaped > MaxSameShaped)
            {
                return chosen;
            }
        }

        var chosenSet = new HashSet<IElement>(chosen, ReferenceEqualityComparer.Instance);
        var joined = new List<IElement>(chosen.Count + 4);
        var added = false;
        foreach (var sibling in DomWalker.ChildElements(parent))
        {
            if (sibling == outermost)
            {
                AddInside(outermost, chosen, joined);
            }
            else if (chosenSet.Contains(sibling))
            {
                joined.Add(sibling);
            }
            else if (!excluded.Contains(sibling) && shape == ShapeOf(sibling) && ReadsAsProse(stats.For(sibling))
                && !TeaserHeading.In(sibling) && !FurnitureInside.Any(sibling))
            {
                joined.Add(sibling);
                added = true;
            }
        }

        return added ? joined : chosen;
    }

    /// <summary>The chosen elements that sit inside (or are) the outermost wrapper keep their order in its place.</summary>
    private static void AddInside(IElement outermost, IReadOnlyList<IElement> chosen, List<IElement> joined)
    {
        foreach (var element in chosen)
        {
            if (outermost.Contains(element))
            {
                joined.Add(element);
            }
        }
    }

    private static bool ReadsAsProse(NodeStats stats) =>
        stats.TextLength >= MinTextLength
        && stats.LinkDensity < MaxLinkDensity
        && stats.ParagraphTextLength >= stats.TextLength * MinParagraphShare;

    /// <summary>Tag and class of the element and of its first child; null when neither names a class.</summary>
    private static string? ShapeOf(IElement element)
    {
        var ownClass = element.GetAttribute(null, "class") ?? "";
        var child = element.FirstElementChild;
        var childClass = child?.GetAttribute(null, "class") ?? "";
        if (ownClass.Length == 0 && childClass.Length == 0)
        {
            return null;
        }

        return string.Concat(element.LocalName, "|", ownClass, "|", child?.LocalName ?? "", "|", childClass);
    }
}
