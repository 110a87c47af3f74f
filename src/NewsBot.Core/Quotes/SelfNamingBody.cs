namespace NewsBot.Core.Quotes;

/// <summary>
/// `police said`, `the army said`, `the court said`, `the ministry said`: bodies whose names carry their noun (`Elmsworth
/// Police`, `the High Court`, `Ministry of Works`). Such a noun means only a body named with it; the latest other body (a
/// retailer the story is about, a First Nation before `the department said`) is not it, so the speaker stays unknown.
/// </summary>
internal static class SelfNamingBody
{
    private static readonly HashSet<string> Nouns = [
        "police", "army", "military", "court", "parliament", "embassy", "prison", "navy", "ministry", "department",
        "authority", "commission", "council", "city",
    ];

    public static bool Is(string head) => Nouns.Contains(head.ToLowerInvariant());
}
