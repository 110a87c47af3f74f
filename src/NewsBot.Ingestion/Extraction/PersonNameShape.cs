using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// Whether a byline reads as one person's name: two to four capitalised words (name particles aside) with a given
/// name or a surname the entity lexicons know, and no organisation word ("Corp", "Institute"). Asked only of credits the page does not mark
/// as its author (a brand credited in the tags, the line under a headline); the lexicons load on the first text of that shape.
/// </summary>
internal static class PersonNameShape
{
    private const int MinimumWords = 2;
    private const int MaximumWords = 4;

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "van", "von", "der", "den", "de", "da", "di", "del", "la", "le", "bin", "al", "ter",
    };

    private static readonly HashSet<string> Honorifics = new(StringComparer.OrdinalIgnoreCase) { "Dr.", "Dr", "Prof.", "Mr.", "Ms.", "Mrs." };

    public static bool IsPerson(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Honorifics.Contains(w)).ToList();
        if (words.Count is < MinimumWords or > MaximumWords
            || !words.All(w => Particles.Contains(w) || (char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '.' or '-' or '\''))))
        {
            return false;
        }

        var lexicon = EntityLexicon.Shared;
        return (lexicon.IsGivenName(words[0]) || lexicon.IsSurname(words[^1].TrimEnd('.')))
            && !words.Any(w => lexicon.Lookup(w.TrimEnd('.')).HasFlag(LexiconFlags.OrganisationWord));
    }
}
