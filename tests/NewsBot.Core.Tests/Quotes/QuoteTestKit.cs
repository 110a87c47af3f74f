using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>Runs the extractor over inline fixtures and finds quotes by their opening words.</summary>
internal static class QuoteTestKit
{
    public static QuoteAnalysis Extract(string text, int maxKeyQuotes = 3) => new RuleBasedQuoteExtractor().Extract(text, maxKeyQuotes);

    public static Quote QuoteStarting(this QuoteAnalysis analysis, string opening) =>
        Assert.Single(analysis.Quotes, q => q.Text.StartsWith(opening, StringComparison.Ordinal));

    public static Quote MentionStarting(this QuoteAnalysis analysis, string opening) =>
        Assert.Single(analysis.Mentions, q => q.Text.StartsWith(opening, StringComparison.Ordinal));

    /// <summary>Paragraphs joined the way article text arrives: separated by blank lines.</summary>
    public static string Article(params string[] paragraphs) => string.Join("\n\n", paragraphs);
}
