namespace NewsBot.Core.Quotes;

/// <summary>
/// Every quotation found in document order, and the key sentences used when quotes are scarce. Quoted titles and
/// fragments are kept apart in <see cref="Mentions"/>, never key.
/// </summary>
public sealed record QuoteAnalysis(IReadOnlyList<Quote> Quotes, IReadOnlyList<string> KeySentences)
{
    public static QuoteAnalysis Empty { get; } = new([], []);

    public IEnumerable<Quote> KeyQuotes => Quotes.Where(q => q.IsKey);

    /// <summary>What stood in quotation marks without being a statement: titles, nicknames, scare quotes, one- or two-word fragments.</summary>
    public IReadOnlyList<Quote> Mentions { get; init; } = [];

    /// <summary>The language the text was read in (`en` when no other was recognised).</summary>
    public string Language { get; init; } = "en";
}
