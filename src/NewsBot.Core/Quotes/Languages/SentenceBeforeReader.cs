namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// The subject of the sentence before the quote in its paragraph, when that sentence opens with a person (`Barisic zählt zu …`)
/// or a pronoun (`Sie habe …`) and holds no quote of its own.
/// </summary>
internal sealed class SentenceBeforeReader(
    string text, IReadOnlyList<TextSpan> paragraphs, IReadOnlyList<QuotedSegment> segments, LanguageKnowledge language, PersonNames people,
    SubjectReader subjects, FollowingSentenceAttribution following, AccordingToReader according)
{
    public Subject Find(QuotedSegment segment, int notBefore)
    {
        var paragraph = paragraphs[segment.Paragraph];
        var end = segment.OpenMark;
        while (end > paragraph.Start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end <= paragraph.Start || segments.Any(s => s.Outer.End > paragraph.Start && s.Outer.End <= end && s.Outer.End >= end - 1))
        {
            return Subject.None;
        }

        var start = QuoteContext.SentenceStart(text, paragraph, segments, end - 1);
        if (segments.Any(s => s.OpenMark >= start && s.OpenMark < end))
        {
            return Subject.None;
        }

        // `Sowohl Keith als auch Keuter behaupten …`: a sentence about two people does not say which one speaks.
        var words = WordTokenizer.Tokenize(text, start, end);
        if (words.Count <= 2 || people.CountBetween(start, end) > 1)
        {
            return Subject.None;
        }

        // `«…». Lo dice la premier, Chiara Rinaldi. «…»`: the sentence that named the last quote's source goes on naming it.
        if (following.Read(words, segment.OpenMark, notBefore) is { Found: true } named)
        {
            return named;
        }

        // `Er sitze nun im Zug, sagt Kramer.`: the source the sentence names outright before the one it opens with.
        var trailing = new TrailingAttribution(text, language, subjects).Find(words, segment.OpenMark, notBefore);
        if (trailing.Found)
        {
            return trailing;
        }

        if (GenitiveAccordingTo.Find(words, people) is { Found: true } genitive)
        {
            return CueTags.AsAccordingTo(genitive, CueKind.Lead);
        }

        // `Die Firma kommt laut Geschäftsführer Jan Rode auf 96 Prozent. „…“`: the named source of the sentence goes on speaking;
        // a person named in full only, since `laut Marktprognosen` is a bare word no one says.
        return according.Find(words, segment.OpenMark, notBefore) is { Found: true, Candidate: { Kind: CandidateKind.Name, Words.Count: >= 2 } } source
            ? CueTags.AsAccordingTo(source, CueKind.Lead)
            : subjects.Opening(words, segment.OpenMark, notBefore);
    }
}
