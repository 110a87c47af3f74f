namespace NewsBot.Core.Quotes;

/// <summary>Finds quotations and their speakers with rules over the text. Stub: replaced by the quote work.</summary>
public sealed class RuleBasedQuoteExtractor : IQuoteExtractor
{
    public QuoteAnalysis Extract(string text, int maxKeyQuotes = 3) => throw new NotImplementedException();
}
