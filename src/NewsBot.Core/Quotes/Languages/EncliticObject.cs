namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `explicou-nos`, `disse-lhe`, `garantiu-lhes`: Portuguese joins an object pronoun to the verb with a hyphen, as European
/// papers write the interview's `disse-nos` for `disse-nos ao telefone`. The verb is the word before the hyphen.
/// </summary>
internal static class EncliticObject
{
    private static readonly string[] Pronouns = ["-nos", "-lhe", "-lhes", "-me", "-vos"];

    /// <summary>The verb of <paramref name="lower"/> without its object pronoun, or null when none is joined to it.</summary>
    public static string? Verb(string lower, LanguageKnowledge language)
    {
        if (language.Code != "pt")
        {
            return null;
        }

        foreach (var pronoun in Pronouns)
        {
            if (lower.Length > pronoun.Length + 2 && lower.EndsWith(pronoun, StringComparison.Ordinal))
            {
                return lower[..^pronoun.Length];
            }
        }

        return null;
    }
}
