namespace NewsBot.Core.Quotes;

/// <summary>
/// A quote that closes its paragraph can be signed by the next one (`— Jane Doe, chief executive`), as letters and pull
/// quotes are; a paragraph that goes on after the quote is not signed by what follows it.
/// </summary>
internal static class AttributionLineCue
{
    /// <summary>The next paragraph is a signature line: `— Jane Doe, chief executive`.</summary>
    public static SpeakerCandidate? Find(string text, IReadOnlyList<TextSpan> paragraphs, IReadOnlyList<QuotedSegment> segments, int index)
    {
        var paragraph = segments[index].Paragraph + 1;
        if (paragraph >= paragraphs.Count || segments.Any(s => s.Paragraph == segments[index].Paragraph && s.OpenMark > segments[index].OpenMark))
        {
            return null;
        }

        var next = paragraphs[paragraph];
        if (text[next.Start] is not ('—' or '–' or '―' or '-') || next.Length > 120)
        {
            return SignatureLine.Find(text, paragraphs, segments[index])
                ?? AffiliatedSignatureLine.Find(text, paragraphs, segments[index])
                ?? QuotedSignatureLine.Find(text, paragraphs, segments[index]);
        }

        return NounPhraseReader.AfterVerb(text, WordTokenizer.Tokenize(text, next.Start, next.End));
    }
}
