using NewsBot.Core.Quotes;

namespace NewsBot.Presentation;

/// <summary>An embed description: the key quotes as “…” — Speaker, role; the key sentences when there are none.</summary>
internal static class StoryHighlights
{
    public const int MaxLines = 5;
    public const int MaxQuoteLength = 400;
    private const int MaxNameLength = 100;
    private const int MaxRoleLength = 150;
    private const string Nothing = "No quotes or key sentences found.";

    public static string Describe(QuoteAnalysis analysis, int maxLength)
    {
        var keyQuotes = analysis.KeyQuotes.ToList();
        var lines = keyQuotes.Count > 0
            ? keyQuotes.Select(QuoteLine)
            : analysis.KeySentences.Select(s => "• " + DisplayText.Markdown(s, MaxQuoteLength));
        var description = string.Empty;
        foreach (var line in lines.Take(MaxLines))
        {
            var next = description.Length == 0 ? line : description + "\n" + line;
            if (next.Length > maxLength)
                break;
            description = next;
        }
        return description.Length > 0 ? description : Nothing;
    }

    private static string QuoteLine(Quote quote)
    {
        var line = $"“{DisplayText.Markdown(QuoteDisplay.Text(quote), MaxQuoteLength)}”";
        if (string.IsNullOrWhiteSpace(quote.Speaker))
            return line + " — " + QuoteDisplay.Unattributed;
        line += " — " + DisplayText.Markdown(quote.Speaker, MaxNameLength);
        return string.IsNullOrWhiteSpace(quote.SpeakerRole) ? line : line + ", " + DisplayText.Markdown(quote.SpeakerRole, MaxRoleLength);
    }
}
