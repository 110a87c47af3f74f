namespace NewsBot.Core.Quotes;

/// <summary>
/// How a quote's own words end, which decides whether the words after it can still be its tail: a quote that closes its
/// sentence hands what follows to a new sentence, one that ends on a comma leaves its tail open.
/// </summary>
internal static class QuoteEnding
{
    /// <summary>The quote closes its own sentence: `“We will win.”`, not `“We will win,”`.</summary>
    public static bool EndsSentence(string text, QuotedSegment segment)
    {
        var content = text.AsSpan(segment.Content.Start, segment.Content.Length).TrimEnd();
        return !segment.IsOpenEnded && content.Length > 0 && content[^1] == '.';
    }

    public static bool EndsWithComma(string text, QuotedSegment segment) =>
        !segment.IsOpenEnded && text.AsSpan(segment.Content.Start, segment.Content.Length).TrimEnd().EndsWith(",");
}
