namespace NewsBot.Evaluation;

/// <summary>
/// Where a gold speaker's last word stands relative to a quote in the article's text: in the quote's sentence or
/// paragraph, in the paragraph before, earlier, only later, or nowhere (the annotation names someone the text does
/// not, or only by role). What the candidate sources are widened by (issue #11).
/// </summary>
internal static class SpeakerNamePlace
{
    public static string Of(string text, string quoteText, string goldSpeaker)
    {
        var quote = quoteText.Length == 0 ? -1 : text.IndexOf(quoteText, StringComparison.Ordinal);
        var words = goldSpeaker.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (quote < 0 || words.Length == 0)
        {
            return "unplaced";
        }

        var last = words[^1];
        var quoteEnd = quote + quoteText.Length;
        var best = "absent";
        for (var at = text.IndexOf(last, StringComparison.Ordinal); at >= 0; at = text.IndexOf(last, at + last.Length, StringComparison.Ordinal))
        {
            if (at >= quote && at < quoteEnd)
            {
                continue;
            }

            var place = Place(text, at, quote, quoteEnd);
            best = Rank(place) < Rank(best) ? place : best;
        }

        return best;
    }

    private static string Place(string text, int at, int quote, int quoteEnd)
    {
        var (from, to) = at < quote ? (at, quote) : (quoteEnd, at);
        var between = text.AsSpan(from, to - from);
        var breaks = 0;
        for (var i = 0; i < between.Length; i++)
        {
            breaks += between[i] == '\n' && (i == 0 || between[i - 1] != '\n') ? 1 : 0;
        }

        if (breaks == 0)
        {
            return EndsSentence(between) ? "paragraph" : "sentence";
        }

        return at > quote ? "later" : breaks == 1 ? "previous-paragraph" : "earlier";
    }

    private static bool EndsSentence(ReadOnlySpan<char> between) =>
        between.Contains(". ", StringComparison.Ordinal) || between.Contains("? ", StringComparison.Ordinal) || between.Contains("! ", StringComparison.Ordinal);

    private static int Rank(string place) => place switch
    {
        "sentence" => 0,
        "paragraph" => 1,
        "previous-paragraph" => 2,
        "earlier" => 3,
        "later" => 4,
        _ => 5,
    };
}
