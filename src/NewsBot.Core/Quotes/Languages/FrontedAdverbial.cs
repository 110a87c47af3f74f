namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// A short prepositional phrase that opens the sentence and is set off by a comma (`A su lado, Julián Prieto, jubilado …,
/// asentía`, `Nel pomeriggio, Marta Zanichelli, …`): the name after it opens the clause as its subject, it is no apposition
/// to the phrase.
/// </summary>
internal static class FrontedAdverbial
{
    private const int MaxWords = 4;

    /// <summary>Whether the words before the comma ahead of <paramref name="at"/> are such a phrase.</summary>
    public static bool Before(string text, IReadOnlyList<Word> words, int at, LanguageKnowledge language)
    {
        for (var k = at - 1; k >= 0 && at - k <= MaxWords; k--)
        {
            if (k == 0 || SentenceGap(text, words[k - 1].End, words[k].Start))
            {
                return k < at - 1 && language.Prepositions.Contains(words[k].Lower);
            }
        }

        return false;
    }

    private static bool SentenceGap(string text, int start, int end) => text.AsSpan(start, end - start).IndexOfAny(SentenceEnds) >= 0;

    private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create(".!?\n");
}
