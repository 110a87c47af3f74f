namespace NewsBot.Core.Quotes;

/// <summary>
/// `The Quay Street spot said …`: a description built on a place name whose head noun is a place (a spot, a venue)
/// stands for a body named elsewhere, not for a source as written; left unresolved, it names no one.
/// </summary>
internal static class PlaceHead
{
    private static readonly HashSet<string> Nouns =
    [
        "spot", "venue", "place", "site", "location", "premises", "establishment", "outlet", "branch", "building", "address",
        "haunt", "hotspot", "landmark", "institution", "area", "corner", "street", "road", "square", "town", "city", "village",
    ];

    public static bool Is(string head) => Nouns.Contains(head.ToLowerInvariant());
}
