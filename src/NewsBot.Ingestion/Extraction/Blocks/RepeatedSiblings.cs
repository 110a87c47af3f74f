using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction.Blocks;

/// <summary>
/// How many siblings share an element's shape (tag and class): cards in a grid, items in a listing, posts in a thread.
/// Counted once per parent.
/// </summary>
internal sealed class RepeatedSiblings
{
    private readonly Dictionary<IElement, Dictionary<string, int>> _byParent = new(ReferenceEqualityComparer.Instance);

    public int Count(IElement element)
    {
        if (element.ParentElement is not { } parent)
        {
            return 1;
        }

        if (!_byParent.TryGetValue(parent, out var counts))
        {
            counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var sibling in parent.Children)
            {
                var key = Shape(sibling);
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }

            _byParent[parent] = counts;
        }

        return counts.GetValueOrDefault(Shape(element), 1);
    }

    private static string Shape(IElement element) => element.ClassName is { Length: > 0 and <= ExtractionLimits.MaxHintChars } name
        ? string.Concat(element.LocalName, "|", name)
        : element.LocalName;
}
