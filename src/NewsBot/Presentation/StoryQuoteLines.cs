using NewsBot.Core.Quotes;

namespace NewsBot.Presentation;

/// <summary>
/// The text under a story's headline in the components layout: its key quotes as <c>&gt; “…” — **Speaker**, role</c>
/// (“unattributed” when no speaker is known), else its key sentences, then the "also in" line.
/// </summary>
internal static class StoryQuoteLines
{
    public const int MaxLength = 2400;
    private const int MaxAlsoIn = 300;
    private const int MaxName = 100;
    private const int MaxRole = 150;
    private const string Nothing = "No quotes or key sentences found.";

    public static string Build(QuoteAnalysis analysis, bool hasButtons, IReadOnlyList<string> unlinked)
    {
        var alsoIn = unlinked.Count > 0
            ? "\n-# also in: " + DisplayText.Markdown(string.Join(", ", unlinked), MaxAlsoIn)
            : hasButtons ? "\n-# also in:" : "";
        var keyQuotes = analysis.KeyQuotes.ToList();
        var lines = keyQuotes.Count > 0
            ? keyQuotes.Select(Line)
            : analysis.KeySentences.Select(s => "• " + DisplayText.Markdown(s, StoryHighlights.MaxQuoteLength));
        var text = string.Empty;
        foreach (var line in lines.Take(StoryHighlights.MaxLines))
        {
            var next = text.Length == 0 ? line : text + "\n" + line;
            if (next.Length + alsoIn.Length > MaxLength)
                break;
            text = next;
        }
        return (text.Length > 0 ? text : Nothing) + alsoIn;
    }

    private static string Line(Quote quote)
    {
        var line = $"> “{DisplayText.Markdown(QuoteDisplay.Text(quote), StoryHighlights.MaxQuoteLength)}”";
        if (string.IsNullOrWhiteSpace(quote.Speaker))
            return line + " — *" + QuoteDisplay.Unattributed + "*";
        line += " — **" + DisplayText.Markdown(quote.Speaker, MaxName) + "**";
        return string.IsNullOrWhiteSpace(quote.SpeakerRole) ? line : line + ", " + DisplayText.Markdown(quote.SpeakerRole, MaxRole);
    }
}
