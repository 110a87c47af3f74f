using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Quotes;

/// <summary>
/// `Kate York`, `Denzel Washington`, `Ana Cleveland`: a given name before a place word that ends the name makes the
/// place word a surname. Without this the whole name reads as a place, and `York said` finds no person to expand to.
/// A generic place noun that the lexicon knows as neither a place nor a surname (`Park`, `Beach`, `Street`) still ends a
/// place (`Jordan Park`), and a given name that is itself a place word (`Virginia Beach`, `Georgia`) opens one. The given
/// name opens the run, or stands right before the place word after a capitalised role (`Lead Planner Bianca Hall`).
/// </summary>
internal static class PlaceWordSurname
{
    public static bool NamesPerson(IReadOnlyList<string> words)
    {
        if (words.Count < 2 || !NameLexicon.PlaceWords.Contains(words[^1]))
        {
            return false;
        }

        var lexicon = EntityLexicon.Shared;
        return (lexicon.IsGivenName(words[0]) || (words.Count > 2 && lexicon.IsGivenName(words[^2]) && IsRoleWord(words[^3])))
            && !words.Take(words.Count - 1).Any(NameLexicon.PlaceWords.Contains)
            && (lexicon.EntityFlags(words[^1]) & (LexiconFlags.Place | LexiconFlags.Surname)) != 0;
    }

    /// <summary>`Lead Planner Bianca Hall`, `Chef Ana Cleveland`: a capitalised role before the given name is no part of a place.</summary>
    private static bool IsRoleWord(string word) => RoleLexicon.IsRoleNoun(word) || NameLexicon.Titles.Contains(word);
}
