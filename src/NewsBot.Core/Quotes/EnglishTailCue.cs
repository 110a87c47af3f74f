namespace NewsBot.Core.Quotes;

/// <summary>
/// The English cue after a quote (`…,” X said.`, `…,” said X.`, `…” — X`): the first reporting verb of the tail and who
/// it names, unless the tail is a new sentence that reports something else.
/// </summary>
internal sealed class EnglishTailCue(string text, IReadOnlyList<TextSpan> paragraphs, IReadOnlyList<QuotedSegment> segments, SentenceSubjectFinder subjects)
{
    private const int MaxWordsBeforeTailVerb = 20;

    public SpeakerCandidate? Find(TextSpan span, List<Word> tail, int index)
    {
        if (tail.Count == 0)
        {
            return null;
        }

        var gap = text.AsSpan(span.Start, tail[0].Start - span.Start);
        if (gap.IndexOfAny("—–―") >= 0 || gap.Trim().SequenceEqual("-"))
        {
            return NounPhraseReader.AfterVerb(text, tail);
        }

        var verb = -1;
        for (var i = 0; i < Math.Min(tail.Count, MaxWordsBeforeTailVerb) && verb < 0; i++)
        {
            verb = CueWords.IsVerbAt(tail, i) ? i : -1;
        }

        if (verb < 0)
        {
            return tail.Count > MaxWordsBeforeTailVerb ? LongAppositionTail.Subject(text, tail, MaxWordsBeforeTailVerb)
                : QuoteEnding.EndsWithComma(text, segments[index]) ? VerblessNameTail.Subject(text, tail) : null;
        }

        if (QuoteEnding.EndsSentence(text, segments[index]) && text.AsSpan(tail[^1].End, span.End - tail[^1].End).TrimStart().StartsWith(":"))
        {
            // `“… acting, I guess.” Smith agreed: “…”`: the colon hands the next quote to Smith, not this one.
            return null;
        }

        if (LeadPhrases.IsPassive(tail, verb))
        {
            // `“…,” Whitcombe was told.`: the subject heard the words.
            return EnglishPassiveAgent.Find(text, tail, verb);
        }

        if (tail.Take(verb).All(w => FunctionWords.TimeWords.Contains(w.Lower) || FunctionWords.VerbModifiers.Contains(w.Lower)))
        {
            return ReportingVerbs.IsParticiple(tail[verb].Text)
                ? subjects.Find(paragraphs[segments[index].Paragraph], segments[index].OpenMark, tail[verb].Start)
                : NounPhraseReader.AfterVerb(text, tail.GetRange(verb + CueWords.VerbLength(tail, verb), tail.Count - verb - CueWords.VerbLength(tail, verb)));
        }

        if (verb > 0 && !QuoteEnding.EndsSentence(text, segments[index]) && tail.Take(verb).All(w => !w.IsCapitalized)
            && text.AsSpan(tail[verb - 1].End, tail[verb].Start - tail[verb - 1].End).Contains(',')
            && NounPhraseReader.AfterVerb(text, tail.GetRange(verb + 1, tail.Count - verb - 1)) is { Kind: CandidateKind.Name } inverted)
        {
            // `“…” in healthy individuals, says Mellor`: the rest of the sentence the quote opens, then an inverted tail.
            return inverted;
        }

        if (QuoteEnding.EndsSentence(text, segments[index]) && verb + CueWords.VerbLength(tail, verb) is var next && next < tail.Count
            && (StartsClause(tail[next]) || TellsThat(tail, next) || TailVerbObject.IsOwnObject(tail, verb, next)))
        {
            // `“… poised to win.” Rubio said he does support …`: a new sentence reporting something else, not this quote's tail.
            return null;
        }

        return NounPhraseReader.BeforeVerb(text, tail.GetRange(0, verb));
    }

    /// <summary>`Winfrey told CBS that Harry had said …`: the one told, then a clause of its own.</summary>
    private static bool TellsThat(List<Word> tail, int next) =>
        tail.Skip(next).Take(4).Any(w => w.Lower == "that") && tail.Skip(next).TakeWhile(w => w.Lower != "that").All(w => w.IsCapitalized || w.Lower is "the" or "reporters");

    /// <summary>`said he …`, `said that …`, `said the …`: the verb takes a clause of its own.</summary>
    private static bool StartsClause(Word word) => FunctionWords.IsPronoun(word.Text) || FunctionWords.IsDeterminer(word.Text) || word.Lower == "that";
}
