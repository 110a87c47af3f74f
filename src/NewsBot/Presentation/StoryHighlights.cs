using NewsBot.Core.Quotes;

namespace NewsBot.Presentation;

/// <summary>An embed description: the key quotes as “…” — Speaker, role; the key sentences when there are none.</summary>
internal static class StoryHighlights
{
    public const int MaxLines = 5;
    public const int MaxQuoteLength = 400;
    private const int MaxNameLength = 100;
    private const int MaxRoleLength = 150;
    public static string Describe(QuoteAnalysis analysis, int maxLength, DigestTexts? texts = null) =>
        Fit(analysis, maxLength, quote => Quoted(quote) + Attribution(quote, emphasis: false, texts), texts);

    /// <summary>
    /// The key quotes written by <paramref name="quoteLine"/>, else the key sentences as bullets: as many whole lines
    /// (at most <see cref="MaxLines"/>) as fit in <paramref name="maxLength"/>. Both layouts share it so they show the same lines.
    /// </summary>
    public static string Fit(QuoteAnalysis analysis, int maxLength, Func<Quote, string> quoteLine, DigestTexts? texts = null)
    {
        var keyQuotes = analysis.KeyQuotes.ToList();
        var lines = keyQuotes.Count > 0
            ? keyQuotes.Select(quoteLine)
            : analysis.KeySentences.Select(s => "• " + DisplayText.Markdown(s, MaxQuoteLength));
        var description = string.Empty;
        foreach (var line in lines.Take(MaxLines))
        {
            var next = description.Length == 0 ? line : description + "\n" + line;
            if (next.Length > maxLength)
                break;
            description = next;
        }
        return description.Length > 0 ? description : (texts ?? DigestTexts.English).Get("nothingFound");
    }

    public static string Quoted(Quote quote) => $"“{DisplayText.Markdown(QuoteDisplay.Text(quote), MaxQuoteLength)}”";

    /// <summary>" — Speaker, role", or " — unattributed"; with emphasis the name is bold and "unattributed" italic.</summary>
    public static string Attribution(Quote quote, bool emphasis, DigestTexts? texts = null)
    {
        if (string.IsNullOrWhiteSpace(quote.Speaker))
        {
            var unattributed = (texts ?? DigestTexts.English).Unattributed;
            return emphasis ? " — *" + unattributed + "*" : " — " + unattributed;
        }
        var name = DisplayText.Markdown(quote.Speaker, MaxNameLength);
        var line = " — " + (emphasis ? "**" + name + "**" : name);
        return string.IsNullOrWhiteSpace(quote.SpeakerRole) ? line : line + ", " + DisplayText.Markdown(quote.SpeakerRole, MaxRoleLength);
    }
}
