using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// The positions of one <see cref="DomIndex"/>'s elements by local name, each name listed by one scan when first asked:
/// the scripts, meta tags and headings of a page are looked for by a dozen readers, each of which would otherwise walk
/// every element of the page. The lists are cleared, not dropped, so a reused index allocates nothing for them.
/// </summary>
internal sealed class ElementsByName
{
    private readonly Dictionary<string, List<int>> _positions = new(StringComparer.Ordinal);
    private readonly Stack<List<int>> _spare = new();

    /// <summary>The positions, in document order, of the elements in <paramref name="elements"/> named <paramref name="localName"/>.</summary>
    public List<int> Of(List<IElement?> elements, string localName)
    {
        if (_positions.TryGetValue(localName, out var known))
        {
            return known;
        }

        var positions = _spare.Count > 0 ? _spare.Pop() : [];
        for (var i = 0; i < elements.Count; i++)
        {
            if (elements[i] is { } element && string.Equals(element.LocalName, localName, StringComparison.Ordinal))
            {
                positions.Add(i);
            }
        }

        _positions[localName] = positions;
        return positions;
    }

    public void Clear()
    {
        foreach (var positions in _positions.Values)
        {
            positions.Clear();
            _spare.Push(positions);
        }

        _positions.Clear();
    }
}
