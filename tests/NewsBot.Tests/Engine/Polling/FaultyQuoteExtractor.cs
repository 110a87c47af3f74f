using NewsBot.Core.Quotes;

namespace NewsBot.Tests.Engine.Polling;

/// <summary>A quote extractor that throws an unexpected exception on any text containing the marker, else delegates.</summary>
internal sealed class FaultyQuoteExtractor(IQuoteExtractor inner, string marker) : IQuoteExtractor
{
    public QuoteAnalysis Extract(string text, int maxKeyQuotes = 3) =>
        text.Contains(marker, StringComparison.Ordinal)
            ? throw new InvalidOperationException("index out of range in a rule nobody expected to fail")
            : inner.Extract(text, maxKeyQuotes);
}
