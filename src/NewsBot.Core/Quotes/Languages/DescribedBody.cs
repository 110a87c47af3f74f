namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// A body named or meant by a description after its article (`la Asociación de Periodistas de El Salvador (APES)`,
/// `diz o comunicado do STF`, `der Verband`): a body speaks for itself and never continues a person's turn.
/// </summary>
internal sealed class DescribedBody(string text, LanguageKnowledge language)
{
    /// <summary>`la Asociación de Periodistas de El Salvador (APES)`, `das Robert Koch-Institut`: an organisation named after its article.</summary>
    public SpeakerCandidate? Organisation(List<Word> description)
    {
        var first = 1;
        while (first < description.Count && !description[first].IsCapitalized && language.Determiners.Contains(description[first].Lower))
        {
            first++;
        }

        if (first >= description.Count || !description[first].IsCapitalized)
        {
            return null;
        }

        var last = first;
        while (last + 1 < description.Count && (description[last + 1].IsCapitalized || (language.Prepositions.Contains(description[last + 1].Lower) && last + 2 < description.Count && description[last + 2].IsCapitalized)))
        {
            last++;
        }

        var name = description.Skip(first).Take(last - first + 1).Select(w => w.Text).ToList();
        var guess = EntityKnowledge.Classify(name, language.Code);
        // `a Administração Regional de Saúde`: where nouns are written in lower case, two capitalised words make a proper name
        // whatever common words they are.
        var proper = name.Any(w => !EntityKnowledge.IsCommonWord(w, language.Code) && !EntityKnowledge.IsRoleWord(w, language.Code) && !GermanBodyNoun.Is(w))
            || (!language.CapitalisesNouns && name.Count(w => char.IsUpper(w[0])) >= 2);
        if (!proper || (guess.Kind != Entities.EntityKind.Organisation && !name.Any(EntityKnowledge.IsOrganisationWord)))
        {
            // `der CEO`, `das Ministerium`: a role or a common noun, not the name of a body.
            return null;
        }

        var end = description[last].End;
        var acronym = text.AsSpan(end).TrimStart();
        if (acronym.StartsWith("(") && acronym.IndexOf(')') is > 1 and < 9 and var close && acronym[1..close].ToString().All(char.IsUpper))
        {
            end = text.IndexOf(')', end) + 1;
        }

        var written = text[description[first].Start..end];
        return new SpeakerCandidate(CandidateKind.Name, [written], description[first].Start, written);
    }

    /// <summary>`del Departamento de Estado`, `do STF`: the capitalised run that issued a document, as written.</summary>
    public static SpeakerCandidate Issuer(List<Word> description, int first)
    {
        var last = first;
        while (true)
        {
            if (last + 1 < description.Count && description[last + 1].IsCapitalized)
            {
                last++;
            }
            else if (last + 2 < description.Count && description[last + 1].Lower.Length <= 3 && description[last + 2].IsCapitalized)
            {
                // `Departamento de Estado`, `Instituto Portuário de Vilamar`.
                last += 2;
            }
            else
            {
                break;
            }
        }

        var written = string.Join(' ', description.Skip(first).Take(last - first + 1).Select(w => w.Text));
        return new SpeakerCandidate(CandidateKind.Name, [written], description[first].Start, written);
    }

    /// <summary>The description's head noun is an organisation word and no role (`der Verband`; `la policía` is both).</summary>
    public bool IsBody(List<Word> description)
    {
        var head = description.FindIndex(w => !language.Determiners.Contains(w.Lower));
        return head >= 0 && ((EntityKnowledge.IsOrganisationWord(description[head].Text) && !SubjectPhrase.IsRole(description[head].Text, language)) || CollectiveNoun.Is(description[head].Lower));
    }

}
