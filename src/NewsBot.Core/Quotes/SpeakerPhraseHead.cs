namespace NewsBot.Core.Quotes;

/// <summary>The speaker phrase at the end of a run of words: a name with its role, a named body, a pronoun or a description.</summary>
internal static class SpeakerPhraseHead
{
    private const int MaxPhraseWords = 9;

    public static SpeakerCandidate? Read(string text, List<Word> phrase)
    {
        if (phrase.Count == 0)
        {
            return null;
        }

        while (phrase.Count > 0 && FunctionWords.TimeWords.Contains(phrase[^1].Lower))
        {
            phrase = phrase[..^1];
        }

        if (phrase.Count == 0)
        {
            return null;
        }

        if (phrase.Count > MaxPhraseWords)
        {
            phrase = phrase[^MaxPhraseWords..];
        }

        var runs = NameMentionReader.Runs(text, phrase);
        var last = phrase[^1];
        if (runs.Count > 0 && runs[^1][^1].Start == last.Start
            && (PersonOfTheBody.Read(text, phrase, runs) ?? NamedSpeakerHead.Read(text, phrase, runs[^1])) is { } named)
        {
            return named;
        }

        var trailing = runs.Count > 0 ? phrase.Count(w => w.Start > runs[^1][^1].Start) : phrase.Count;
        if (runs.Count > 0 && trailing <= 3 && RoleLexicon.IsOrganisationNoun(last.Text))
        {
            // `the Clinton campaign`: a named body speaks.
            var start = runs[^1][0].Start;
            return new SpeakerCandidate(CandidateKind.Name, [text[start..last.End]], start, text[start..last.End]) { Role = null };
        }

        if (FunctionWords.IsPronoun(last.Text) && phrase.Count <= 2)
        {
            return new SpeakerCandidate(CandidateKind.Pronoun, [last.Lower], last.Start, last.Text);
        }

        if (phrase.Count <= 2 && ContractedPronoun.Under(last.Lower) is { } contracted)
        {
            // `he’d respond, “…”`, `she’ll say`: the pronoun under the auxiliary's contraction.
            return new SpeakerCandidate(CandidateKind.Pronoun, [contracted], last.Start, last.Text);
        }

        var description = PhraseWords.DescriptionWords(phrase);
        if (description.Count == 0)
        {
            return null;
        }

        var written = RolePhrase.Text(text, description);
        var kind = RoleLexicon.IsOrganisationNoun(last.Text) && !RoleLexicon.IsRoleNoun(last.Text) ? CandidateKind.OrganisationReference : CandidateKind.Description;
        // `the designer`: any noun after an article names a source, even one the role lexicon lacks.
        var determined = description.Count >= 2 && FunctionWords.IsDeterminer(description[0].Text) && !last.IsCapitalized;
        return RoleLexicon.IsRoleNoun(last.Text) || kind == CandidateKind.OrganisationReference || determined
            ? new SpeakerCandidate(kind, [last.Lower], description[0].Start, written) { Role = written, Gender = PhraseWords.RoleGender(description) }
            : null;
    }
}
