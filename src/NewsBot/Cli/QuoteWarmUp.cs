using NewsBot.Core.Quotes;

namespace NewsBot.Cli;

/// <summary>
/// Loads the quote extractor's knowledge (the lexicons, the speaker model) and compiles its code on the second core while
/// the first builds the verb's host and reads the article: <c>quotes</c> on one file then waits for it less (issue 15,
/// start-up). The extractor keeps that knowledge in process-wide lazies, so the real extraction finds it loaded, or waits
/// for the load in progress instead of starting a second one.
/// </summary>
internal static class QuoteWarmUp
{
    /// <summary>Invented: one quote with a cue and a named speaker, enough to reach the lexicons and the speaker ranker.</summary>
    private const string Sample = "“We will reopen the ferry pier before the spring tides,” said Mara Velden, the harbour director, on Monday.";

    public static void Start() => _ = Task.Run(() => new RuleBasedQuoteExtractor().Extract(Sample, 1));
}
