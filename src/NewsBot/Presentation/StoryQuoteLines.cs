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

    public static string Build(QuoteAnalysis analysis, bool hasButtons, IReadOnlyList<string> unlinked, DigestTexts texts)
    {
        var alsoIn = unlinked.Count > 0
            ? "\n-# " + texts.AlsoIn(DisplayText.Markdown(string.Join(", ", unlinked), MaxAlsoIn))
            : hasButtons ? "\n-# " + texts.Get("alsoInButtons") : "";
        var lines = StoryHighlights.Fit(analysis, MaxLength - alsoIn.Length,
            quote => "> " + StoryHighlights.Quoted(quote) + StoryHighlights.Attribution(quote, emphasis: true, texts), texts);
        return lines + alsoIn;
    }
}
