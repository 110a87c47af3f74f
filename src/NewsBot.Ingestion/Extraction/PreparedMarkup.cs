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
        string? cutReason = null;
        if (html.Length > ExtractionLimits.MaxHtmlChars)
        {
            html = html[..ExtractionLimits.MaxHtmlChars];
            whole = null;
            cutReason = ArticleCompleteness.TooLongReason;
        }

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
