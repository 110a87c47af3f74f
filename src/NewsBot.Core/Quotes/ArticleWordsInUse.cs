namespace NewsBot.Core.Quotes;

/// <summary>
/// The words of the article this thread is attributing, tokenized once by <see cref="RuleBasedQuoteExtractor"/>: a reader
/// that needs the whole text's words (<see cref="VouchedSurnameReader"/>) reads them here instead of tokenizing the text again,
/// and <see cref="WordTokenizer.Tokenize"/> reads a stretch of the text from them.
/// </summary>
internal static class ArticleWordsInUse
{
    [ThreadStatic]
    private static string? t_text;

    [ThreadStatic]
    private static List<Word>? t_words;

    /// <summary>The words of <paramref name="text"/> while it is being attributed; null for any other text.</summary>
    public static List<Word>? Of(string text) => ReferenceEquals(t_text, text) ? t_words : null;

    /// <summary>Lends <paramref name="words"/>, the words of the whole <paramref name="text"/>, until <see cref="Release"/>.</summary>
    public static void Lend(string text, List<Word> words)
    {
        t_text = text;
        t_words = words;
    }

    public static void Release()
    {
        t_text = null;
        t_words = null;
    }
}
