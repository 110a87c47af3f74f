namespace NewsBot.Core.Quotes;

/// <summary>
/// A quote that opens its paragraph after one ending `… reported:` belongs to that paragraph's source: the introducing
/// sentence is read as if it stood right before the quote, so it shares every rule of <see cref="EnglishLeadCue"/>.
/// </summary>
internal sealed class IntroducingParagraphCue(string text, IReadOnlyList<TextSpan> paragraphs, IReadOnlyList<QuotedSegment> segments, EnglishLeadCue leads)
{
    public SpeakerCandidate? Find(QuoteContext context, int index)
    {
        var paragraph = segments[index].Paragraph;
        if (context.Lead.Length > 0 || paragraph == 0 || !text.AsSpan(paragraphs[paragraph - 1].Start, paragraphs[paragraph - 1].Length).EndsWith(":"))
        {
            return null;
        }

        var previous = paragraphs[paragraph - 1];
        var sentenceStart = QuoteContext.SentenceStart(text, previous, segments, previous.End - 1);
        return leads.Find(WordTokenizer.Tokenize(text, sentenceStart, previous.End), previous, previous.End);
    }
}
