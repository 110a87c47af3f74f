using NewsBot.Core.Quotes.Entities;
using NewsBot.Core.Quotes.Languages;

namespace NewsBot.Core.Quotes;

/// <summary>
/// `(le) Lyonnais Marc Dubois`, `(la) Belge Ann Peeters`: French writes an origin noun with a capital, so it runs into the name
/// that follows it. It says where the person is from, like a title, and is no part of the name.
/// </summary>
internal static class OriginNounBeforeName
{
    private const LexiconFlags NameFlags = LexiconFlags.GivenName | LexiconFlags.Surname;

    /// <summary>The name without the origin noun it opens with (`Lyonnais Marc Dubois` → `Marc Dubois`), or the name as it is.</summary>
    public static IReadOnlyList<string> Strip(IReadOnlyList<string> name) => Opens(name) ? name.Skip(1).ToList() : name;

    /// <summary>Whether the name opens with an origin noun that is no name itself (`Romain` is one), then a given name and more.</summary>
    public static bool Opens(IReadOnlyList<string> name)
    {
        if (name.Count < 3 || name[0].Length == 0 || !char.IsUpper(name[0][0]))
        {
            return false;
        }

        var lexicon = EntityLexicon.Shared;
        return (lexicon.EntityFlags(name[0]) & NameFlags) == 0 && lexicon.IsGivenName(name[1]) && RomanceOriginNoun.Of(name[0], "fr") is not null;
    }
}
