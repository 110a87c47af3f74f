namespace NewsBot.Core.Quotes;

/// <summary>
/// `the bride`, `the widow`, `the groom`: English nouns for a person that give the person's gender, beyond the role
/// lexicon's (`spokeswoman`, `husband`). A pronoun that fits such a noun may be about the person it describes.
/// </summary>
internal static class GenderedPersonNoun
{
    private static readonly HashSet<string> Female =
    [
        "bride", "woman", "girl", "mum", "mom", "grandmother", "granddaughter", "aunt", "niece", "widow", "girlfriend",
        "businesswoman", "sportswoman", "stepmother", "fiancee", "fiancée", "queen", "lady", "ballerina",
    ];

    private static readonly HashSet<string> Male =
    [
        "groom", "bridegroom", "man", "boy", "dad", "grandfather", "grandson", "uncle", "nephew", "widower", "boyfriend",
        "businessman", "sportsman", "stepfather", "fiance", "fiancé", "king", "hunk",
    ];

    /// <summary>The gender <paramref name="lower"/> (a lower-case word) gives the person it names, or Unknown.</summary>
    public static Gender Of(string lower) =>
        Female.Contains(lower) || RoleLexicon.FemaleRoles.Contains(lower) ? Gender.Female
        : Male.Contains(lower) || RoleLexicon.MaleRoles.Contains(lower) ? Gender.Male
        : Gender.Unknown;
}
