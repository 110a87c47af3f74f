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
        var next = index + 1;
        while (next < segments.Count && segments[next].Paragraph == segment.Paragraph
            && (IsNickname(text, segments[next]) || InApposition(text, segment, segments[next])))
        {
            next++;
        }

        var nextStart = next < segments.Count && segments[next].Paragraph == segment.Paragraph ? segments[next].OpenMark : paragraph.End;

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

    /// <summary>`Marcia "Cia" Price`: a one-word quote between the parts of a name is part of the name, not a quote that ends the sentence.</summary>
    private static bool IsNickname(string text, QuotedSegment segment)
    {
        var content = text.AsSpan(segment.Content.Start, segment.Content.Length);
        return !segment.IsOpenEnded && content.Length is > 1 and <= 15 && char.IsUpper(content[0]) && !content.ContainsAny(" ,.")
            && segment.OpenMark >= 2 && text[segment.OpenMark - 1] == ' ' && char.IsLetter(text[segment.OpenMark - 2])
            && segment.CloseMark + 2 < text.Length && text[segment.CloseMark + 1] == ' ' && char.IsUpper(text[segment.CloseMark + 2]);
    }

    /// <summary>
    /// `“…,” Dorian Pell, wearing “Build It Now” badges, said`: a quoted name inside an apposition of the tail; one in the
    /// subject phrase itself (`the “Harbour” actor said`) is left to end the tail, as the phrase readers do not read marks.
    /// </summary>
    private static bool InApposition(string text, QuotedSegment segment, QuotedSegment next) =>
        AttributiveQuote.Modifies(text, next) && text.AsSpan(segment.Outer.End, next.OpenMark - segment.Outer.End).Contains(',');

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
