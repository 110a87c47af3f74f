namespace NewsBot.Core.Quotes;

/// <summary>
/// Finds quotations and their speakers with rules over the text, then marks the key quotes; when fewer than two
/// quotes are key, it also picks the article's most central sentences.
/// </summary>
public sealed class RuleBasedQuoteExtractor : IQuoteExtractor
{
    private const int MinKeyQuotesWithoutSentences = 2;

    /// <summary>Longer input is analysed up to this length only: offsets stay valid, the work stays bounded.</summary>
    internal const int MaxAnalysedChars = 400_000;

    public QuoteAnalysis Extract(string text, int maxKeyQuotes = 3)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(maxKeyQuotes);
        if (string.IsNullOrWhiteSpace(text))
        {
            return QuoteAnalysis.Empty;
        }

        var analysed = text.Length > MaxAnalysedChars ? text[..MaxAnalysedChars] : text;
        return Analyse(analysed, maxKeyQuotes);
    }

    private static QuoteAnalysis Analyse(string text, int maxKeyQuotes)
    {
        var paragraphs = ParagraphSplitter.Split(text);
        var segments = QuotationFinder.Find(text, paragraphs);
        var names = NameIndex.Build(text, WordTokenizer.Tokenize(text, 0, text.Length), segments);
        var attributions = SpeakerAttributor.Attribute(text, paragraphs, segments, names);

        var quotes = segments.Select((segment, i) => new Quote(
            text[segment.Content.Start..segment.Content.End], segment.Content.Start, segment.Content.End)
        {
            Speaker = attributions[i].Speaker,
            SpeakerRole = attributions[i].Role,
        }).ToList();

        var ranked = KeyQuoteRanker.Rank(text, quotes, maxKeyQuotes);
        var keySentences = ranked.Count(q => q.IsKey) < MinKeyQuotesWithoutSentences
            ? KeySentenceRanker.Rank(text, paragraphs)
            : [];
        return new QuoteAnalysis(ranked, keySentences);
    }
}
