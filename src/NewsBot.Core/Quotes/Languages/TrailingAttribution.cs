namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// The source a sentence of reported speech names in its last clause (`Er sitze nun den ganzen Tag im Zug, sagt de Decker.`,
/// `… , so Barisic.`, `…, a précisé Marie Dupont.`): the quote that follows that sentence goes on in the same voice.
/// </summary>
internal sealed class TrailingAttribution(string text, LanguageKnowledge language, SubjectReader subjects)
{
    /// <summary>The subject after the last reporting verb (or `so`) that opens a clause of <paramref name="words"/>, else none.</summary>
    public Subject Find(List<Word> words, int anchor, int notBefore)
    {
        for (var i = words.Count - 2; i > 0; i--)
        {
            if (!text.AsSpan(words[i - 1].End, words[i].Start - words[i - 1].End).Contains(','))
            {
                continue;
            }

            var from = language.TailAccordingTo.Contains(words[i].Lower) ? i + 1
                : IsReportingAs(words, i) ? AfterObjectIt(words, i + 1)
                : VerbMatch.At(words, i, language) is { Pronoun: null } verb ? verb.Last + 1 : -1;
            if (from < 0)
            {
                continue;
            }

            var subject = subjects.After(words, from, anchor, notBefore);
            return subject.Candidate is { Kind: CandidateKind.Name } ? subject : Subject.None;
        }

        return Subject.None;
    }

    /// <summary>`…, wie es Barisic ausdrückte.`: the `es` the verb takes as its object, before the subject.</summary>
    private static int AfterObjectIt(List<Word> words, int at) => words[at].Lower is "es" && at + 2 < words.Count ? at + 1 : at;

    /// <summary>`…, wie Barisic schildert.`: `as` with a reporting verb closing the sentence.</summary>
    private bool IsReportingAs(List<Word> words, int at) =>
        language.ReportingAs.Contains(words[at].Lower) && at + 2 < words.Count && VerbMatch.At(words, words.Count - 1, language) is not null;
}
