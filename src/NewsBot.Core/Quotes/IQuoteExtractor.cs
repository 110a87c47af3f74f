namespace NewsBot.Core.Quotes;

/// <summary>The summarizer seam: finds quotations, attributes them and picks the key ones.</summary>
public interface IQuoteExtractor
{
    /// <param name="text">Article text, paragraphs separated by blank lines.</param>
    /// <param name="maxKeyQuotes">How many quotes may be marked key.</param>
    QuoteAnalysis Extract(string text, int maxKeyQuotes = 3);
}
