namespace NewsBot.Core.Quotes.Entities;

/// <summary>
/// `Peabody Energy`, `Boston Scientific`, `Texas Instruments`: a place followed by one capitalised common word that is no
/// place, nationality or title names a company or team called after the place; a word of the landscape or the map after
/// it (`Gaza Strip`, `Hudson River`, `Orange County`) keeps it a place.
/// </summary>
internal static class PlaceNamedBody
{
    /// <summary>What follows a place name to name a part of the map, not a body: the lists hold few of these whole.</summary>
    private static readonly HashSet<string> MapWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "river", "strip", "valley", "sea", "ocean", "bay", "lake", "lakes", "mountain", "mountains", "island", "islands",
        "coast", "shore", "county", "city", "state", "province", "street", "avenue", "road", "square", "park", "bridge",
        "airport", "station", "district", "region", "desert", "gulf", "peninsula", "canal", "harbour", "harbor", "port",
        "beach", "hills", "heights", "falls", "springs", "north", "south", "east", "west", "central", "town", "village",
        "area", "border", "basin", "delta", "plain", "plains", "forest", "creek", "canyon", "cape", "point",
    };

    public static bool Matches(SpanShape shape, string? language) =>
        language is null or "en"
        && shape.Core.Count == 2
        && shape.Facts[0].Has(LexiconFlags.Place) && !shape.Facts[0].Has(LexiconFlags.Demonym)
        && shape.Facts[1].Has(LexiconFlags.CommonWord)
        && !shape.Facts[1].Has(LexiconFlags.Place | LexiconFlags.Demonym | LexiconFlags.RoleWord | LexiconFlags.Honorific)
        && !MapWords.Contains(shape.Core[1]);
}
