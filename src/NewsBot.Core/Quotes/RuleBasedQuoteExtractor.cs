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
        var segments = Languages.InciseSplitter.Split(text, QuotationFinder.Find(text, paragraphs));
        var words = WordTokenizer.Tokenize(text, 0, text.Length);
        var names = NameIndex.Build(text, words, segments);
        var attributions = SpeakerAttributor.Attribute(text, paragraphs, segments, names);

        var all = segments.Select((segment, i) => new Quote(
            text[segment.Content.Start..segment.Content.End], segment.Content.Start, segment.Content.End)
        {
            Speaker = attributions[i].Speaker,
            SpeakerRole = attributions[i].Role,
        }).ToList();
        var isMention = all.Select((q, i) => QuotedMention.IsMention(
            q.Text, attributions[i].FromCue && attributions[i].Speaker is not null, attributions[i].Speaker is not null, WordBefore(text, segments[i].OpenMark))).ToList();

        var ranked = KeyQuoteRanker.Rank(words, all.Where((_, i) => !isMention[i]).ToList(), maxKeyQuotes);
        var keySentences = ranked.Count(q => q.IsKey) < MinKeyQuotesWithoutSentences
            ? KeySentenceRanker.Rank(text, paragraphs)
            : [];
        return new QuoteAnalysis(ranked, keySentences) { Mentions = all.Where((_, i) => isMention[i]).ToList() };
    }

    private static string WordBefore(string text, int position)
    {
        var end = position;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return text[start..end].ToLowerInvariant();
    }
}
