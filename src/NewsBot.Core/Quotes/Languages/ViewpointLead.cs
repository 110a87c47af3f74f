namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `Für Geschäftsführerin Anna Berg ist klar, dass „…“`, `Für Weber steht fest: „…“`: a sentence that opens with whose view it
/// states names the quote's source as `Pour elle, « … »` does, but only with a predicate of a view after it, since
/// `Für die Familien ist das schwer, „…“` names the people the quote is about.
/// </summary>
internal static class ViewpointLead
{
    public static bool Opens(IReadOnlyList<Word> words, LanguageKnowledge language) =>
        words.Count > 3 && language.ViewpointOpeners.Contains(words[0].Lower)
        && Enumerable.Range(2, words.Count - 2).Any(i => WordPhrases.Matches(words, i, language.ViewpointPredicates) > 0);
}
