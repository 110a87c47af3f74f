namespace NewsBot.Core.Quotes;

/// <summary>Every quotation found in document order, and the key sentences used when quotes are scarce.</summary>
public sealed record QuoteAnalysis(IReadOnlyList<Quote> Quotes, IReadOnlyList<string> KeySentences)
{
    public static QuoteAnalysis Empty { get; } = new([], []);

    public IEnumerable<Quote> KeyQuotes => Quotes.Where(q => q.IsKey);
}
