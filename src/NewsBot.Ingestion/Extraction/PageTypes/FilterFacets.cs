using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction.PageTypes;

/// <summary>
/// A listing's or collection's filter panel: groups of brands, sizes, colours and price ranges with their counts
/// ("Canon (125)"), which shop software of every kind names a facet, filter or refinement. The items stay: a wrapper
/// holding pictures holds the grid's cards (a "facets-vertical" layout that holds the panel and the grid).
/// </summary>
internal static class FilterFacets
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "facet", "facets", "faceted", "facetnav", "filter", "filters", "filterbar", "refinement", "refinements", "refine",
        "filtro", "filtros", "filtre", "filtres", "filtri", "filtern",
    };

    /// <summary>A colour swatch or two may be a picture; a grid of cards has more.</summary>
    private const int MaxPictures = 2;

    public static bool Is(IElement element, IEnumerable<string> hintWords) =>
        hintWords.Any(Words.Contains) && element.GetElementsByTagName("img").Length <= MaxPictures;
}
