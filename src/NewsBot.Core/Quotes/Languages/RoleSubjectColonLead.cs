namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `Der Minister ging auf die Kritik ein: „…“`, `Die Bürgermeisterin wurde deutlich: „…“`: a German sentence that opens with an
/// article and a role noun and ends in the colon before a quote is that role holder introducing his or her words, whatever the
/// verb. Only the one person the article gave the role speaks; with none or two, no one does (a recent speaker is no holder).
/// </summary>
internal static class RoleSubjectColonLead
{
    public static Subject Find(List<Word> sentence, LanguageKnowledge language, SubjectReader subjects, int anchor)
    {
        if (!language.CapitalisesNouns || sentence.Count < 4 || sentence[0].Lower is not ("der" or "die")
            || !sentence[1].IsCapitalized || !CapitalisedRole.IsRoleNoun(sentence[1].Text, language.Code) || !IsFiniteVerbSlot(sentence[2], language))
        {
            return Subject.None;
        }

        return subjects.RoleHolder(sentence[..2], anchor, language.GenderedDeterminers.GetValueOrDefault(sentence[0].Lower));
    }

    /// <summary>The word after `Der Minister`: lower case and no article, preposition or conjunction, so the verb of a main clause.</summary>
    private static bool IsFiniteVerbSlot(Word word, LanguageKnowledge language) =>
        !word.IsCapitalized && !language.Determiners.Contains(word.Lower) && !language.Prepositions.Contains(word.Lower)
        && !language.Conjunctions.Contains(word.Lower) && !language.Subordinators.Contains(word.Lower);
}
