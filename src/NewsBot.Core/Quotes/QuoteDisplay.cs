namespace NewsBot.Core.Quotes;

/// <summary>
/// What a reader is shown of a quote: the two halves of a quote split by its attribution (`“We will rebuild,” she
/// said, “and sooner than you think.”`) joined, and the comma or dash left dangling inside the marks trimmed. The
/// quote's own text, start and end stay verbatim.
/// </summary>
internal static class QuoteDisplay
{
    private const string Dangling = ",;:–—-… ";

    public static string[] Build(IReadOnlyList<QuotedSegment> segments, IReadOnlyList<Quote> quotes)
    {
        var display = new string[quotes.Count];
        for (var i = 0; i < quotes.Count; i++)
        {
            display[i] = Continues(segments, quotes, i)
                ? $"{quotes[i].Text.TrimEnd()} {Trim(quotes[i + 1].Text)}"
                : Trim(quotes[i].Text);
        }

        return display;
    }

    /// <summary>An attribution between two halves is short: `,” a resident said, “`.</summary>
    private const int MaxAttributionChars = 60;

    /// <summary>
    /// The next quote finishes this one: same paragraph, same speaker, this half ends on a comma, the next opens in lower
    /// case. Two unattributed halves join when only a short attribution stands between them (`a resident said`).
    /// </summary>
    private static bool Continues(IReadOnlyList<QuotedSegment> segments, IReadOnlyList<Quote> quotes, int i) =>
        i + 1 < quotes.Count
        && segments[i].Paragraph == segments[i + 1].Paragraph
        && quotes[i].Speaker == quotes[i + 1].Speaker
        && (quotes[i].Speaker is not null || segments[i + 1].OpenMark - segments[i].Outer.End <= MaxAttributionChars)
        && quotes[i].Text.TrimEnd().EndsWith(',')
        && quotes[i + 1].Text.Length > 0 && char.IsLower(quotes[i + 1].Text[0]);

    public static string Trim(string text)
    {
        var trimmed = text.Trim().TrimEnd(Dangling.ToCharArray());
        if (trimmed.Length > 2 && trimmed[^1] is '’' or '”' or '\'' or '"' && trimmed[^2] == ',')
        {
            // `… my father said ‘we survived,’`: the comma belonged to the sentence the quote was cut from.
            trimmed = trimmed[..^2] + trimmed[^1];
        }

        return trimmed.Length > 0 ? trimmed : text.Trim();
    }
}
