namespace NewsBot.Core.Quotes.Languages;

/// <summary>Names that stand as the object of a verb whose subject, another person, the clause has already named.</summary>
internal sealed partial class PersonNames
{
    /// <summary>
    /// `Villegas recibió al embajador Pablo Herrera`, `Villegas a reçu l'ambassadeur Paul Herrera`, `Villani ha ricevuto
    /// l'ambasciatore Paolo Ferraris`, `Vilela recebeu o embaixador Paulo Herrera`: after a person named as the clause's subject
    /// and one verb (its auxiliaries aside), a name is that verb's object. It is no subject a later pronoun or dropped subject
    /// continues, but a participant who competes with the subject (`“…”, indicó.` could be either). German capitalises every
    /// noun and reads its word order apart (<see cref="VerbSecondLead"/>), so it is left out.
    /// </summary>
    private bool IsObjectOfNamedSubject(List<Word> words, int at)
    {
        if (language.CapitalisesNouns || _people is not { Count: > 0 })
        {
            return false;
        }

        var verb = -1;
        var k = at;
        for (; k > 0 && text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).IndexOfAny(ClauseBreaks) < 0; k--)
        {
            var word = words[k - 1];
            if (IsPartOfNounPhrase(word) || (language.VerbCompanions.Contains(word.Lower) && !language.Determiners.Contains(word.Lower)))
            {
                continue;
            }

            if (verb >= 0 || language.And.Contains(word.Lower) || language.Conjunctions.Contains(word.Lower) || language.Pronouns.ContainsKey(word.Lower))
            {
                // A second word outside the noun phrases (`también`, `que`), or `y`/`et`: not one verb between a subject and its object.
                return false;
            }

            verb = k - 1;
        }

        var clauseStart = words[k].Start;
        return verb >= 0 && _people.Any(p => p.OpensClause && p.Start >= clauseStart && p.Start < words[verb].Start);
    }
}
