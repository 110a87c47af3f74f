namespace NewsBot.Core.Quotes;

/// <summary>Tells a quoted statement from what merely sits between quotation marks: fragments, titles, nicknames.</summary>
internal static class QuoteShape
{
    private const int MinStatementWords = 4;

    public static bool IsStatement(string quote) => IsStatement(quote, WordTokenizer.Tokenize(quote, 0, quote.Length));

    public static bool IsStatement(string quote, List<Word> words) => words.Count >= MinStatementWords && !IsTitleLike(quote, words);

    /// <summary>`The Art of the Deal`: every word capitalized apart from short function words, no closing punctuation.</summary>
    private static bool IsTitleLike(string quote, List<Word> words) =>
        words.Count <= 10
        && !".!?,".Contains(quote[^1], StringComparison.Ordinal)
        && words.All(w => w.IsCapitalized || char.IsDigit(w.Text[0]) || (w.Text.Length <= 4 && StopWords.Contains(w.Lower)));
}
