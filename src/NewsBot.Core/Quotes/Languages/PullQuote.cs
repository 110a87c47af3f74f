namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// A paragraph that is only a quote whose words another quote of the article holds (`„Es darf sich nicht die ganze Herde
/// infizieren“` over the section where the baker says it): a pull quote or subheading, whose speaker the paragraph before does not
/// tell.
/// </summary>
internal static class PullQuote
{
    /// <summary>The index of the quote segment <paramref name="index"/> repeats, or -1.</summary>
    public static int RepeatedQuote(string text, IReadOnlyList<TextSpan> paragraphs, IReadOnlyList<QuotedSegment> segments, int index)
    {
        var segment = segments[index];
        var paragraph = paragraphs[segment.Paragraph];
        var before = text.AsSpan(paragraph.Start, segment.OpenMark - paragraph.Start);
        var after = text.AsSpan(segment.Outer.End, paragraph.End - segment.Outer.End);
        if (!before.IsWhiteSpace() || after.Trim().Trim(".!?").Length > 0)
        {
            return -1;
        }

        var words = text.AsSpan(segment.Content.Start, segment.Content.Length).Trim().TrimEnd(".!?,…");
        if (words.Count(' ') < 2)
        {
            return -1;
        }

        for (var other = 0; other < segments.Count; other++)
        {
            var content = text.AsSpan(segments[other].Content.Start, segments[other].Content.Length);
            if (other != index && content.Length >= words.Length && content.Contains(words, StringComparison.OrdinalIgnoreCase))
            {
                return other;
            }
        }

        return -1;
    }
}
