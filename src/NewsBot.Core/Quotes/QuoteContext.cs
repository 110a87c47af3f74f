namespace NewsBot.Core.Quotes;

/// <summary>
/// The stretches of the same sentence before (<see cref="Lead"/>) and after (<see cref="Tail"/>) a quoted segment,
/// bounded by the neighbouring quotes of the paragraph.
/// </summary>
internal readonly record struct QuoteContext(TextSpan Lead, TextSpan Tail)
{
    public static QuoteContext Of(string text, IReadOnlyList<TextSpan> paragraphs, IReadOnlyList<QuotedSegment> segments, int index)
    {
        var segment = segments[index];
        var paragraph = paragraphs[segment.Paragraph];
        var previousEnd = index > 0 && segments[index - 1].Paragraph == segment.Paragraph ? segments[index - 1].Outer.End : paragraph.Start;
        var nextStart = index + 1 < segments.Count && segments[index + 1].Paragraph == segment.Paragraph ? segments[index + 1].OpenMark : paragraph.End;

        var leadStart = previousEnd;
        for (var i = segment.OpenMark - 1; i >= previousEnd; i--)
        {
            if (SentenceBoundaries.IsEnd(text, i, paragraph.End))
            {
                leadStart = i + 1;
                break;
            }
        }

        var tailStart = segment.Outer.End;
        var tailEnd = tailStart;
        if (!segment.IsOpenEnded)
        {
            tailEnd = nextStart;
            for (var i = tailStart; i < nextStart; i++)
            {
                if (SentenceBoundaries.IsEnd(text, i, paragraph.End))
                {
                    tailEnd = i + 1;
                    break;
                }
            }
        }

        return new QuoteContext(new TextSpan(leadStart, segment.OpenMark), new TextSpan(tailStart, tailEnd));
    }

    /// <summary>Where the sentence holding <paramref name="from"/> starts, stepping over quotations.</summary>
    public static int SentenceStart(string text, TextSpan paragraph, IReadOnlyList<QuotedSegment> segments, int from)
    {
        var quotesInParagraph = new List<QuotedSegment>();
        foreach (var segment in segments)
        {
            if (paragraph.Contains(segment.OpenMark) && segment.OpenMark <= from)
            {
                quotesInParagraph.Add(segment);
            }
        }

        for (var i = from; i > paragraph.Start; i--)
        {
            if (Enclosing(quotesInParagraph, i) is { } inside)
            {
                i = inside.OpenMark;
                continue;
            }

            if (i < from && SentenceBoundaries.IsEnd(text, i, paragraph.End))
            {
                return i + 1;
            }
        }

        return paragraph.Start;
    }

    private static QuotedSegment? Enclosing(List<QuotedSegment> quotes, int position)
    {
        foreach (var quote in quotes)
        {
            if (quote.OpenMark < position && quote.Outer.Contains(position))
            {
                return quote;
            }
        }

        return null;
    }
}
