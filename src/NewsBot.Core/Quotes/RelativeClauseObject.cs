namespace NewsBot.Core.Quotes;

/// <summary>
/// `a retired welder who voted for Edith Carrow, said`, `the men who backed Tom Ashe said`: a name that ends a relative clause
/// (a relative pronoun, then its verb) is what the clause is about, not the subject of the reporting verb after it, however near
/// it stands. `the plan, which Carrow said …` is no such clause: the name right after the pronoun is that verb's own subject.
/// </summary>
internal static class RelativeClauseObject
{
    /// <summary>True when <paramref name="segment"/> ends in a name inside a relative clause it opens or holds.</summary>
    public static bool EndsIn(List<Word> segment)
    {
        if (segment.Count < 3 || !NameLexicon.IsNameWord(segment[^1]))
        {
            return false;
        }

        for (var i = segment.Count - 2; i >= 0; i--)
        {
            if (segment[i].Lower == "that" || SentenceSubjectFinder.IsSubordinator(segment[i].Lower))
            {
                // `grew so heated over who paid for which road that Mayor Pryce said`: a new clause with its own subject.
                return false;
            }

            if (segment[i].Lower is "who" or "whose" or "whom" or "which" && i < segment.Count - 2 && !segment[i + 1].IsCapitalized
                && (i == 0 || !FunctionWords.Prepositions.Contains(segment[i - 1].Lower)))
            {
                // After a preposition (`over who paid`) the pronoun asks a question; it opens no clause about a noun.
                return true;
            }
        }

        return false;
    }
}
