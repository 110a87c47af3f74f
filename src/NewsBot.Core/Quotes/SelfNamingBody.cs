namespace NewsBot.Core.Quotes;

/// <summary>
/// `police said`, `the army said`, `the court said`: bodies whose names carry their noun (`Elmsworth Police`, `the High
/// Court`). Such a noun means only a body named with it; the latest other body (a retailer the story is about) is not it.
/// </summary>
internal static class SelfNamingBody
{
    private static readonly HashSet<string> Nouns = ["police", "army", "military", "court", "parliament", "embassy", "prison", "navy"];

    public static bool Is(string head) => Nouns.Contains(head.ToLowerInvariant());
}
