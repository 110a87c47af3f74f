namespace NewsBot.Core.Quotes;

/// <summary>
/// `Okafor said the room was his pride. “People told us it could not be done.”`: a quote standing as its own sentence,
/// with no cue of its own, right after a sentence in which someone is reported speaking, continues that person's turn.
/// </summary>
internal sealed class IndirectSpeechTurn(string text, IReadOnlyList<TextSpan> paragraphs, IReadOnlyList<QuotedSegment> segments)
{
    private const int MaxWordsBeforeVerb = 12;

    public SpeakerCandidate? Find(int index)
    {
        var segment = segments[index];
        var context = QuoteContext.Of(text, paragraphs, segments, index);
        if (!text.AsSpan(context.Lead.Start, context.Lead.Length).IsWhiteSpace())
        {
            return null;
        }

        var paragraph = paragraphs[segment.Paragraph];
        var previousEnd = segment.OpenMark;
        if (segment.OpenMark == paragraph.Start)
        {
            if (segment.Paragraph == 0 || segment.ContinuesSegment >= 0)
            {
                return null;
            }

            paragraph = paragraphs[segment.Paragraph - 1];
            previousEnd = paragraph.End;
        }

        while (previousEnd > paragraph.Start && char.IsWhiteSpace(text[previousEnd - 1]))
        {
            previousEnd--;
        }

        // Step back over the full stop that ends the reporting sentence, then find where that sentence starts.
        var start = QuoteContext.SentenceStart(text, paragraph, segments, Math.Max(paragraph.Start, previousEnd - 2));
        if (segments.Any(s => s.OpenMark >= start && s.OpenMark < previousEnd))
        {
            // A sentence with its own quote is handled by turn continuation, not here.
            return null;
        }

        var words = WordTokenizer.Tokenize(text, start, previousEnd);
        var verb = words.FindIndex(w => CueWords.IsVerb(w) && !ReportingVerbs.IsParticiple(w.Text));
        if (verb is > 0 and <= MaxWordsBeforeVerb && CueWords.IsCoordinated(words, verb))
        {
            // `Green accepts that the risks are real, but says closing is no answer. “…”`: the second verb's subject is the sentence's.
            return new SentenceSubjectFinder(text, segments).Find(paragraph, words[verb].Start, words[verb].Start);
        }

        return verb is > 0 and <= MaxWordsBeforeVerb ? NounPhraseReader.BeforeVerb(text, words.GetRange(0, ClientApposition.WordsBefore(text, words.GetRange(0, verb)))) : null;
    }
}
