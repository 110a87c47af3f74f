namespace NewsBot.Core.Quotes.Languages;

/// <summary>A source named by `selon`, `según`, `laut`, `secondo`, `de acordo com`, `zufolge`, `pour elle` and their like.</summary>
internal sealed class AccordingToReader(string text, LanguageKnowledge language, SubjectReader subjects)
{
    public Subject Find(List<Word> words, int anchor, int notBefore)
    {
        if (language.OpeningAccordingTo.Contains(words[0].Lower) || ViewpointLead.Opens(words, language))
        {
            // `Pour elle, « … »`, `Para González, “…”`; not `Per il Pd, «…»`, a body this rule cannot name.
            var opening = Source(words, 1, anchor, notBefore);
            // `Pour la toxicologue, « … »`: a description counts when it refers back to someone the reader can name.
            if (opening.Found && opening.Candidate is { Kind: CandidateKind.Name or CandidateKind.Pronoun } or { Kind: CandidateKind.Description, Resolved: true })
            {
                return opening;
            }
        }

        if (words.Count > 1 && language.AccordingToAfter.Contains(words[^1].Lower))
        {
            // `Dem Forscher Arno Pietsch zufolge „…“`: the source stands before its postposition, from the clause's start.
            var start = words.Count - 1;
            while (start > 0 && !WordGaps.HasBreakBefore(text, words, start - 1))
            {
                start--;
            }

            return subjects.After(words[..^1], start, anchor, notBefore);
        }

        for (var i = ClosingSoSource.After(text, words, language); i < words.Count - 1; i++)
        {
            if (language.AccordingTo.Contains(words[i].Lower) || (language.OpeningAccordingTo.Contains(words[i].Lower) && IsPronoun(words[i + 1].Lower)))
            {
                return Source(words, i + 1, anchor, notBefore);
            }

            if (WordPhrases.Matches(words, i, language.PossessiveAccordingToPhrases) > 0)
            {
                // `A suo dire, «…»`, `À ses yeux, « … »`: the possessive is the person the text is about, as a pronoun would be.
                return subjects.Refer(anchor, notBefore, Gender.Unknown, words[i].Start);
            }

            if (WordPhrases.Matches(words, i, language.AccordingToPhrases) is > 0 and var length && i + length < words.Count)
            {
                return Source(words, i + length, anchor, notBefore);
            }
        }

        return Math.Max(ClosingSoSource.After(text, words, language), SpeechNounPhrases.SourceStart(words, language)) is var source and > 0 ? Source(words, source, anchor, notBefore) : Subject.None;
    }

    /// <summary>The source named from <paramref name="at"/> on, after `selon`, `secondo`, `pour`: a stressed pronoun (`selon lui`) refers back.</summary>
    public Subject Source(List<Word> words, int at, int anchor, int notBefore) =>
        at < words.Count && language.StressedPronouns.TryGetValue(words[at].Lower, out var gender)
            ? subjects.Refer(anchor, notBefore, gender, words[at].Start)
            : subjects.After(words, at, anchor, notBefore);

    private bool IsPronoun(string lower) => language.Pronouns.ContainsKey(lower) || language.StressedPronouns.ContainsKey(lower);
}
