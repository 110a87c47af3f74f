namespace NewsBot.Core.Quotes;

/// <summary>
/// `“….” Until last spring, Marten Oakes answered questions on the board.`: after a quote that closes its own sentence, a
/// reporting verb with a noun object of its own (`answered questions`, `wrote books`) reports that object, not the quote.
/// The one spoken to (`told reporters`) and the one asked are no such object.
/// </summary>
internal static class TailVerbObject
{
    private static readonly HashSet<string> Adverbs = ["afterward", "afterwards", "here", "there", "too", "so", "back", "aloud", "online", "last", "this", "not"];

    public static bool IsOwnObject(List<Word> tail, int verb, int next)
    {
        var word = tail[next];
        return !word.IsCapitalized && word.Text.All(char.IsLetter) && !tail[verb].Lower.StartsWith("ask", StringComparison.Ordinal)
            && !MentionPosition.IsAddressed(tail, next)
            && !FunctionWords.Prepositions.Contains(word.Lower) && !FunctionWords.TimeWords.Contains(word.Lower)
            && !FunctionWords.VerbModifiers.Contains(word.Lower) && !FunctionWords.ConjunctionsAndClauseStarts.Contains(word.Lower)
            && !CueWords.IsAdverb(word) && !Adverbs.Contains(word.Lower) && !StopWords.Contains(word.Lower);
    }
}
