namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// The source named after a quote: an inverted verb (`„…“, sagte der Minister.`, `affirme-t-elle`), a verb after its subject
/// (`«…», Marie Dupont a déclaré.`), `so`/`selon` and their like, or, in Spanish, Italian and Portuguese, a dropped subject.
/// </summary>
internal sealed class QuoteTailReader(string text, LanguageKnowledge language, SubjectReader subjects, AccordingToReader according, DroppedSubjectReader dropped)
{
    private const int MaxWordsAfterOpener = 12;

    public Subject Find(QuotedSegment segment, TextSpan span, int notBefore)
    {
        var words = WordTokenizer.Tokenize(text, span.Start, span.End);
        if (words.Count == 0 || segment.IsOpenEnded)
        {
            return Subject.None;
        }

        var gap = text.AsSpan(span.Start, words[0].Start - span.Start);
        var joined = gap.IndexOfAny(",—–-") >= 0;
        if (gap.IndexOfAny(".!?") >= 0 || (!joined && words[0].IsCapitalized))
        {
            return Subject.None;
        }

        var anchor = segment.OpenMark;
        if (language.TailAccordingTo.Contains(words[0].Lower) || language.AccordingTo.Contains(words[0].Lower))
        {
            return CueTags.AsAccordingTo(according.Source(words, 1, anchor, notBefore), CueKind.Tail);
        }

        if ((VerbMatch.At(words, 0, language) ?? ObjectClitic.VerbAfter(words, language)) is { } verb)
        {
            return JointSubject.After(words, verb, language) ? Subject.Anonymous(words[0].Start) : AfterVerb(words, verb, anchor, notBefore);
        }

        if (PerfectTail.Opens(text, words, language))
        {
            // `„…“, hat sie der Zeitung gesagt.`: the subject stands right after the auxiliary, objects may follow it.
            return AfterVerb(words, new VerbMatch(0, 0, null), anchor, notBefore);
        }

        if (GermanStanceTail.Opens(text, words, language))
        {
            // `„…“, ist sich Geschäftsführerin Anna Berg sicher.`: no verb of saying, but the clause names the quote's holder.
            return AfterVerb(words, new VerbMatch(0, 0, null), anchor, notBefore);
        }

        if (InsertedClauseEnd(words) is > 0 and var resume && VerbMatch.At(words, resume, language) is { } late)
        {
            // `„…“, etwa wenn es um Details ging, sagt Jonas Weber`: a subordinate clause between the quote and its inverted verb.
            return AfterVerb(words, late, anchor, notBefore);
        }

        for (var i = 1; i < Math.Min(words.Count, 6); i++)
        {
            if (VerbMatch.At(words, i, language) is { } later)
            {
                // `«…», Marie Dupont a déclaré.`, but not `«…», mentre Bonelli sottolinea: «…»`, which introduces the next quote.
                return language.Conjunctions.Contains(words[0].Lower) || WordGaps.IntroducesNext(text, words, later) ? Subject.None : subjects.Before(words, later.First, anchor, notBefore);
            }
        }

        return SpeechNounPhrases.SourceStart(words, language) is var source and > 0 ? CueTags.AsAccordingTo(according.Source(words, source, anchor, notBefore), CueKind.Tail) : Subject.None;
    }

    /// <summary>
    /// Where the tail goes on after a subordinate clause that opens it (`etwa wenn es um Details ging,`, `als die Polizei kam,`):
    /// the word after that clause's comma; -1 when the tail opens no such clause or it has no comma soon.
    /// </summary>
    private int InsertedClauseEnd(List<Word> words)
    {
        var opener = words.Count > 0 && language.Subordinators.Contains(words[0].Lower) ? 0
            : words.Count > 1 && language.Subordinators.Contains(words[1].Lower) && !WordGaps.HasBreakBefore(text, words, 1) ? 1 : -1;
        if (opener < 0)
        {
            return -1;
        }

        for (var k = opener + 2; k < Math.Min(words.Count, opener + MaxWordsAfterOpener); k++)
        {
            var gap = text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End);
            if (gap.IndexOfAny(".!?:;") >= 0)
            {
                return -1;
            }

            if (gap.Contains(','))
            {
                return k;
            }
        }

        return -1;
    }

    private Subject AfterVerb(List<Word> words, VerbMatch verb, int anchor, int notBefore)
    {
        if (verb.Pronoun is { } pronoun)
        {
            // `assure-t-on à l'Élysée`: `on` is whoever speaks for a place or body, never the person named before.
            return language.ImpersonalSubjects.Contains(pronoun) ? Subject.Anonymous(words[verb.First].Start)
                : subjects.Refer(anchor, notBefore, language.Pronouns.GetValueOrDefault(pronoun), words[verb.First].Start);
        }

        if (verb.Last + 1 < words.Count && language.IsPlural(words[verb.Last + 1].Lower, words[verb.Last].Lower))
        {
            // `sagten sie`: they, not she.
            return Subject.Anonymous(words[verb.Last + 1].Start);
        }

        var subject = subjects.After(words, verb.Last + 1, anchor, notBefore);
        return subject.Found || !language.DropsSubject ? subject : dropped.Find(words, verb, anchor, notBefore);
    }
}
