using NewsBot.Core.Quotes.Languages;

namespace NewsBot.Core.Quotes;

/// <summary>
/// Finds who a quoted segment is attributed to by the words around it: a reporting verb after the quote
/// (`…,” X said.` / `…,” said X.`), before it (`X said: “…`), `according to X`, a participle (`…, saying, “…`),
/// an attribution line (`— X, role`) or an introducing paragraph that ends with a colon.
/// </summary>
internal sealed class CueFinder(string text, IReadOnlyList<TextSpan> paragraphs, IReadOnlyList<QuotedSegment> segments, LanguageKnowledge? language)
{
    private readonly SentenceSubjectFinder _subjects = new(text, segments);

    private readonly ReportedSentenceSource _reported = new(text, paragraphs, segments);

    /// <summary>Articles in another known language are read with that language's rules only: English ones misread them.</summary>
    private readonly ContinentalCueFinder? _continental = language is { Code: not "en" } continental
        ? new ContinentalCueFinder(text, paragraphs, segments, continental)
        : null;

    private const int MaxWordsBetweenVerbAndQuote = 8;
    private const int MaxWordsBetweenVerbAndColon = 16;
    private const int MaxWordsBeforeTailVerb = 20;

    public SpeakerCandidate? Find(int index)
    {
        if (_continental is not null)
        {
            return _continental.Find(index);
        }

        var context = QuoteContext.Of(text, paragraphs, segments, index);
        var lead = WordTokenizer.Tokenize(text, context.Lead.Start, context.Lead.End);
        var tail = WordTokenizer.Tokenize(text, context.Tail.Start, context.Tail.End);
        var paragraph = paragraphs[segments[index].Paragraph];
        if (IntroducesQuote(context.Lead))
        {
            var introduced = FromLead(lead, paragraph, segments[index].OpenMark);
            if (introduced is not null)
            {
                return introduced with { Cue = CueKind.Lead };
            }
        }

        return Tagged(FromTail(context.Tail, tail, index), CueKind.Tail)
            ?? Tagged(FromLead(lead, paragraph, segments[index].OpenMark), CueKind.Lead)
            ?? Tagged((NarratorAccordingTo.SourcesNarration(text, segments[index], tail) ? null : AccordingTo(tail)) ?? AccordingTo(lead), CueKind.AccordingTo)
            ?? Tagged(FromAttributionLine(index), CueKind.AttributionLine)
            ?? Tagged(FromIntroducingParagraph(context, index), CueKind.IntroducingParagraph)
            ?? Tagged(_reported.Find(index), CueKind.Lead);
    }

    private static SpeakerCandidate? Tagged(SpeakerCandidate? candidate, CueKind cue) => candidate is null ? null : candidate with { Cue = cue };

    private bool IntroducesQuote(TextSpan lead)
    {
        var trimmed = text.AsSpan(lead.Start, lead.Length).TrimEnd();
        return trimmed.EndsWith(":") || trimmed.EndsWith(",") || trimmed.EndsWith(" that", StringComparison.Ordinal);
    }

    private SpeakerCandidate? FromTail(TextSpan span, List<Word> tail, int index)
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
                : EndsWithComma(segments[index]) ? VerblessNameTail.Subject(text, tail) : null;
        }

        if (EndsSentence(segments[index]) && text.AsSpan(tail[^1].End, span.End - tail[^1].End).TrimStart().StartsWith(":"))
        {
            // `“… acting, I guess.” Smith agreed: “…”`: the colon hands the next quote to Smith, not this one.
            return null;
        }

        if (LeadPhrases.IsPassive(tail, verb))
        {
            // `“…,” Whitcombe was told.`: the subject heard the words.
            return PassiveAgent(tail, verb);
        }

        if (tail.Take(verb).All(w => FunctionWords.TimeWords.Contains(w.Lower) || FunctionWords.VerbModifiers.Contains(w.Lower)))
        {
            return ReportingVerbs.IsParticiple(tail[verb].Text)
                ? _subjects.Find(paragraphs[segments[index].Paragraph], segments[index].OpenMark, tail[verb].Start)
                : NounPhraseReader.AfterVerb(text, tail.GetRange(verb + CueWords.VerbLength(tail, verb), tail.Count - verb - CueWords.VerbLength(tail, verb)));
        }

        if (verb > 0 && !EndsSentence(segments[index]) && tail.Take(verb).All(w => !w.IsCapitalized)
            && text.AsSpan(tail[verb - 1].End, tail[verb].Start - tail[verb - 1].End).Contains(',')
            && NounPhraseReader.AfterVerb(text, tail.GetRange(verb + 1, tail.Count - verb - 1)) is { Kind: CandidateKind.Name } inverted)
        {
            // `“…” in healthy individuals, says Mellor`: the rest of the sentence the quote opens, then an inverted tail.
            return inverted;
        }

        if (EndsSentence(segments[index]) && verb + CueWords.VerbLength(tail, verb) is var next && next < tail.Count
            && (StartsClause(tail[next]) || TellsThat(tail, next) || TailVerbObject.IsOwnObject(tail, verb, next)))
        {
            // `“… poised to win.” Rubio said he does support …`: a new sentence reporting something else, not this quote's tail.
            return null;
        }

        return NounPhraseReader.BeforeVerb(text, tail.GetRange(0, verb));
    }

    /// <summary>The quote closes its own sentence: `“We will win.”`, not `“We will win,”`.</summary>
    private bool EndsSentence(QuotedSegment segment)
    {
        var content = text.AsSpan(segment.Content.Start, segment.Content.Length).TrimEnd();
        return !segment.IsOpenEnded && content.Length > 0 && content[^1] == '.';
    }

    private bool EndsWithComma(QuotedSegment segment) =>
        !segment.IsOpenEnded && text.AsSpan(segment.Content.Start, segment.Content.Length).TrimEnd().EndsWith(",");

    /// <summary>`Winfrey told CBS that Harry had said …`: the one told, then a clause of its own.</summary>
    private static bool TellsThat(List<Word> tail, int next) =>
        tail.Skip(next).Take(4).Any(w => w.Lower == "that") && tail.Skip(next).TakeWhile(w => w.Lower != "that").All(w => w.IsCapitalized || w.Lower is "the" or "reporters");

    /// <summary>`said he …`, `said that …`, `said the …`: the verb takes a clause of its own.</summary>
    private static bool StartsClause(Word word) => FunctionWords.IsPronoun(word.Text) || FunctionWords.IsDeterminer(word.Text) || word.Lower == "that";

    /// <summary>A cue before the quote; <paramref name="quoteStart"/> is where the quote it introduces begins.</summary>
    private SpeakerCandidate? FromLead(List<Word> lead, TextSpan paragraph, int quoteStart)
    {
        if (lead.Count == 0)
        {
            return null;
        }

        if (lead[0].Text is "Said" or "Says" or "Added" && lead.Count > 1
            && NounPhraseReader.AfterVerb(text, lead.GetRange(1, lead.Count - 1)) is { } inverted)
        {
            return inverted;
        }

        var verb = Enumerable.Range(0, lead.Count).LastOrDefault(i => CueWords.IsVerbAt(lead, i) && !NameGenitive.Owns(text, lead, i), -1);
        var colon = text.AsSpan(lead[^1].End, quoteStart - lead[^1].End).Contains(':');
        if (verb < 0 || lead.Count - 1 - verb > (colon ? MaxWordsBetweenVerbAndColon : MaxWordsBetweenVerbAndQuote))
        {
            return ColonIntro(lead, paragraph, quoteStart);
        }

        if (LeadPhrases.IsPassive(lead, verb))
        {
            return PassiveAgent(lead, verb);
        }

        if (ReportingVerbs.IsParticiple(lead[verb].Text) && LeadPhrases.OwnSubject(text, lead, verb) is { } own)
        {
            // `with Trump reportedly yelling: “…”`: the participle's own subject.
            return own;
        }

        if (CueWords.IsCoordinated(lead, verb))
        {
            // `De Blasio said the move was Bratton's and said, “…”`: a second verb of the sentence's subject.
            return DescribedSubject.Find(text, lead, verb) is { } unnamed && DescribedSubject.OpensSentence(lead, unnamed)
                ? unnamed
                : _subjects.Find(paragraph, quoteStart, lead[verb].Start);
        }

        if (ReportingVerbs.IsParticiple(lead[verb].Text))
        {
            // `…, Spicer said, adding, “…”`: the participle shares the subject of the reporting clause before it.
            var main = Enumerable.Range(0, verb).LastOrDefault(
                i => CueWords.IsVerb(lead[i]) && !ReportingVerbs.IsParticiple(lead[i].Text) && !NameGenitive.Owns(text, lead, i), -1);
            return (main > 0 && !InOpeningSubordinateClause(lead, main) ? NounPhraseReader.BeforeVerb(text, lead.GetRange(0, main)) : null)
                ?? _subjects.Find(paragraph, quoteStart, lead[verb].Start);
        }

        var before = lead.GetRange(0, verb);
        var after = lead.GetRange(verb + CueWords.VerbLength(lead, verb), lead.Count - verb - CueWords.VerbLength(lead, verb));
        var subject = before.Count > 0 ? NounPhraseReader.BeforeVerb(text, before) : null;
        if (DescribedSubject.Find(text, lead, verb) is { } described
            && (subject is null || (subject.Kind is CandidateKind.Description or CandidateKind.OrganisationReference && DescribedSubject.HoldsInPhrase(text, lead, described, subject.Position))))
        {
            // `a council official who spoke anonymously said`, `one buyer on the Harbour market wrote`: someone unnamed.
            return described;
        }

        return subject
            ?? (before.All(w => FunctionWords.TimeWords.Contains(w.Lower)) ? NounPhraseReader.AfterVerb(text, after) : null)
            ?? _subjects.Find(paragraph, quoteStart, lead[verb].Start);
    }

    /// <summary>`Sand was asked by host Bill Marr, “…”`: the agent speaks; `Sand was asked, “…”`: someone unnamed did.</summary>
    private SpeakerCandidate PassiveAgent(List<Word> words, int verb)
    {
        var by = words.FindIndex(verb + 1, w => w.Lower == "by");
        return (by > 0 ? NounPhraseReader.AfterVerb(text, words.GetRange(by + 1, words.Count - by - 1)) : null) ?? LeadPhrases.Unnamed(words[verb]);
    }

    /// <summary>
    /// `When Winfrey asked …, he declined, saying “…”`: the verb at <paramref name="index"/> belongs to the clause the
    /// sentence opens with (a subordinator, then a comma after the verb), not to the participle's subject.
    /// </summary>
    private bool InOpeningSubordinateClause(List<Word> lead, int index) =>
        SentenceSubjectFinder.IsSubordinator(lead[0].Lower) && text.IndexOf(',', lead[index].End, lead[^1].Start - lead[index].End) >= 0;

    /// <summary>`Peskov: “…”` or `Smith took the floor: “…”` — a colon hands the quote to the name before it or the subject.</summary>
    private SpeakerCandidate? ColonIntro(List<Word> lead, TextSpan paragraph, int quoteStart)
    {
        var end = lead[^1].End;
        var rest = text.AsSpan(end, Math.Min(text.Length, end + 3) - end).TrimStart();
        var statement = CueWords.IsStatementNoun(lead[^1].Lower) && rest.StartsWith(",");
        if (!rest.StartsWith(":") && !statement)
        {
            return null;
        }

        if (LeadPhrases.TopicalSpeaker(text, lead) is { } topical)
        {
            return topical;
        }

        var runs = NameMentionReader.Runs(text, lead);
        if (runs.Count == 1 && ColonVenue.IsVenue(lead, runs[0]))
        {
            return null;
        }

        // `Fell delivered a blunt message to Brandt:`: the name addressed is not the one speaking.
        return runs.Count > 0 && runs[^1][^1].Start == lead[^1].Start && AddressedNames.AtEnd(lead) < 0
            ? NounPhraseReader.Head(text, lead)
            : _subjects.Find(paragraph, quoteStart, end);
    }

    private SpeakerCandidate? AccordingTo(List<Word> words)
    {
        var at = words.FindIndex(w => w.Lower == "according");
        return at >= 0 && at + 2 < words.Count && words[at + 1].Lower == "to"
            ? NounPhraseReader.AfterVerb(text, words.GetRange(at + 2, words.Count - at - 2))
            : null;
    }

    /// <summary>The next paragraph is a signature line: `— Jane Doe, chief executive`.</summary>
    private SpeakerCandidate? FromAttributionLine(int index)
    {
        var paragraph = segments[index].Paragraph + 1;
        if (paragraph >= paragraphs.Count || segments.Any(s => s.Paragraph == segments[index].Paragraph && s.OpenMark > segments[index].OpenMark))
        {
            return null;
        }

        var next = paragraphs[paragraph];
        if (text[next.Start] is not ('—' or '–' or '―' or '-') || next.Length > 120)
        {
            return SignatureLine.Find(text, paragraphs, segments[index]);
        }

        return NounPhraseReader.AfterVerb(text, WordTokenizer.Tokenize(text, next.Start, next.End));
    }

    /// <summary>A quote that opens its paragraph after one ending `… reported:` belongs to that paragraph's source.</summary>
    private SpeakerCandidate? FromIntroducingParagraph(QuoteContext context, int index)
    {
        var paragraph = segments[index].Paragraph;
        if (context.Lead.Length > 0 || paragraph == 0 || !text.AsSpan(paragraphs[paragraph - 1].Start, paragraphs[paragraph - 1].Length).EndsWith(":"))
        {
            return null;
        }

        var previous = paragraphs[paragraph - 1];
        var sentenceStart = QuoteContext.SentenceStart(text, previous, segments, previous.End - 1);
        return FromLead(WordTokenizer.Tokenize(text, sentenceStart, previous.End), previous, previous.End);
    }
}
