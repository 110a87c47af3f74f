using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>People named only as complements in the sentence a German referent opens, whom a pronoun after it does not mean.</summary>
internal static class ComplementsOfSubject
{
    /// <summary>
    /// Whether everyone else who fits the stretch's gender between its ends is
    /// named after a preposition in a German sentence the referent opens as its subject (`Brunsmann zeigte sich enttäuscht von
    /// Vosskamp. „…“, sagt sie.`): the pronoun goes on with that sentence's subject, not with the one it was about. Not after
    /// `mit`, nor in the Romance languages, where `con`/`avec` name a companion as often as an object.
    /// </summary>
    public static bool Only(string text, LanguageKnowledge language, ArticlePeople mentions, ReferentStretch stretch, ClauseEdges clauses)
    {
        var (referent, from, to, gender) = stretch;
        foreach (var other in mentions.Named.Concat(mentions.InComplements))
        {
            if (other.Start < from || other.Start >= to || NameSpelling.SameName(FamilyNameFirst.CalledBy(other.Words), FamilyNameFirst.CalledBy(referent))
                || (gender != Gender.Unknown && other.Gender != Gender.Unknown && other.Gender != gender))
            {
                continue;
            }

            var sentence = clauses.SentenceStart(other.Start);
            if (!language.CapitalisesNouns || !mentions.InComplements.Contains(other) || WithCompanion(text, other.Start) || !mentions.Named.Exists(p => p.OpensClause && p.Start >= sentence && p.Start < other.Start && NameSpelling.SameName(FamilyNameFirst.CalledBy(p.Words), FamilyNameFirst.CalledBy(referent))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>`telefonierte mit Steinhilber`, `besuchte den Hafen mit Marta`: a companion shares the deed, so either may speak next.</summary>
    private static bool WithCompanion(string text, int start)
    {
        var end = start;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        return end >= 3 && text.AsSpan(end - 3, 3).Equals("mit", StringComparison.OrdinalIgnoreCase) && (end == 3 || !char.IsLetter(text[end - 4]));
    }
}
