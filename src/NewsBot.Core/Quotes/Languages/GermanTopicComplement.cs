namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// A German complement that names whom a statement is about or aimed at, never who makes it: `sagte der Abgeordnete über den
/// Grünen-Vorsitzenden Tarek Holm`, `mit Blick auf Ministerin Lena Wirth`. `für`, `von` and `nach` stay out: their person
/// may be the one who holds the view (`für Verlegerin Kolb ist klar:`, `nach Angaben von Sprecher Weber`).
/// </summary>
internal static class GermanTopicComplement
{
    private static readonly HashSet<string> TopicPrepositions = ["über", "gegen", "gegenüber", "mit", "an", "auf", "zu", "zum", "zur"];

    public static bool Governs(string preposition) => TopicPrepositions.Contains(preposition);

    /// <summary>
    /// A role noun in any case, also as the last part of a compound (`Vorsitzenden`, `Grünen-Vorsitzenden`, `Präsidenten`):
    /// weak nouns and nominalised adjectives take `-n`/`-en` outside the nominative the role lexicon lists.
    /// </summary>
    public static bool IsRoleNoun(string word) =>
        word.Length > 3 && char.IsUpper(word[0])
        && (CapitalisedRole.IsRoleNoun(word, "de")
            || (word.EndsWith('n') && CapitalisedRole.IsRoleNoun(word[..^1], "de"))
            || (word.EndsWith("en", StringComparison.Ordinal) && CapitalisedRole.IsRoleNoun(word[..^2], "de")));
}
