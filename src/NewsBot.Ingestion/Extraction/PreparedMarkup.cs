using NewsBot.Ingestion.Extraction.Markup;
using NewsBot.Ingestion.Text;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// The markup the HTML parser gets: screened for binary input, cut to <see cref="ExtractionLimits.MaxHtmlChars"/>, too-deep
/// tags dropped, cut at the element budget. Made a string once, of the kept markup only: decoded characters in a pooled
/// buffer cost no string for the part cut off, and a string given whole is kept as it is when nothing is cut.
/// </summary>
internal readonly record struct PreparedMarkup(string Html, string? CutReason, string? NotTextReason)
{
    public static PreparedMarkup From(string html) => From(html, html);

    public static PreparedMarkup From(ReadOnlySpan<char> html) => From(whole: null, html);

    private static PreparedMarkup From(string? whole, ReadOnlySpan<char> html)
    {
        if (InputScreen.NotTextReason(html) is { } notText)
            return new PreparedMarkup("", null, notText);
        return html.Length > ExtractionLimits.MaxHtmlChars ? FromOversized(html) : Bounded(whole, html, cutReason: null);
    }

    /// <summary>
    /// A page over the cap is measured without what the parser would not get anyway (<see cref="UnreadHeadText"/>,
    /// <see cref="UnreadAttributes"/>): a shop's category page of 5 MB kept its prose in the last megabyte, past a cut of
    /// the raw markup, though its read markup was under 3 MB.
    /// </summary>
    private static PreparedMarkup FromOversized(ReadOnlySpan<char> html)
    {
        var cutReason = html.Length > ExtractionLimits.MaxInputChars ? ArticleCompleteness.TooLongReason : null;
        html = html[..Math.Min(html.Length, ExtractionLimits.MaxInputChars)];
        var buffer = BodyDecoder.PagePool.Rent(html.Length);
        try
        {
            var read = buffer.AsSpan(0, UnreadAttributes.RemoveFrom(buffer.AsSpan(0, UnreadHeadText.Copy(html, buffer))));
            if (read.Length > ExtractionLimits.MaxHtmlChars)
            {
                read = read[..ExtractionLimits.MaxHtmlChars];
                cutReason = ArticleCompleteness.TooLongReason;
            }

            return Bounded(whole: null, read, cutReason);
        }
        finally
        {
            BodyDecoder.PagePool.Return(buffer);
        }
    }

    private static PreparedMarkup Bounded(string? whole, ReadOnlySpan<char> html, string? cutReason)
    {
        // After the nesting limit, which drops tags too deep to matter: only the elements the parser would build count.
        if (NestingLimiter.Limit(html) is { } limited)
        {
            html = limited;
            whole = limited;
        }

        if (ElementBudget.CutAt(html) is { } cut)
        {
            html = html[..cut];
            whole = null;
            cutReason = ArticleCompleteness.TooManyElementsReason;
        }

        return new PreparedMarkup(whole ?? new string(html), cutReason, null);
    }
}
