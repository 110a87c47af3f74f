using System.Collections.Frozen;
using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Quotes;

/// <summary>
/// The words a definite description adds to its role noun (`the foreign minister`, `the former president`, `la ministra de
/// Transportes`) must agree with the role the article gave the person it would name (issue 11): the foreign minister is not
/// the finance minister, the former president not the current one. A modifier the person's role lacks rules them out when it
/// dates or ranks the office, or when the article specified their office with words the description does not repeat (another
/// office of the same kind). A nationality the press adds on its own (`el canciller ucraniano`) rules out no one.
/// </summary>
internal static class RoleModifiers
{
    /// <summary>Whether the description's <paramref name="modifiers"/> name another office than the person's role words.</summary>
    public static bool Disagree(IReadOnlyList<string> modifiers, Func<string, bool> held, bool roleSpecifiedOtherwise)
    {
        var unheld = false;
        foreach (var modifier in modifiers)
        {
            if (held(modifier) || EntityLexicon.Shared.IsDemonym(modifier))
            {
                continue;
            }

            if (DatingOrRanking.Contains(modifier))
            {
                return true;
            }

            unheld = true;
        }

        return unheld && roleSpecifiedOtherwise;
    }

    /// <summary>Whether <paramref name="word"/> (lower case) dates or ranks an office: `former`, `ehemalige`, `adjunto`.</summary>
    public static bool DatesOrRanks(string word) => DatingOrRanking.Contains(word);

    /// <summary>Words that make a role another office: a past or future holder, a deputy (our own list; six languages).</summary>
    private static readonly FrozenSet<string> DatingOrRanking = FrozenSet.ToFrozenSet(
    [
        "former", "ex", "late", "outgoing", "incoming", "future", "previous", "deputy", "vice", "assistant", "acting", "interim",
        "ehemalige", "ehemaliger", "ehemaligen", "frühere", "früherer", "einstige", "einstiger", "künftige", "künftiger", "stellvertretende", "stellvertretender",
        "ancien", "ancienne", "futur", "future", "adjoint", "adjointe", "vice-président", "vice-présidente", "intérim",
        "antiguo", "antigua", "anterior", "futuro", "futura", "adjunto", "adjunta", "vice", "saliente", "interino", "interina",
        "precedente", "uscente", "vicario", "aggiunto", "aggiunta",
        "antigo", "antiga", "adjunto", "adjunta", "interino", "interina", "cessante",
    ], StringComparer.Ordinal);
}
