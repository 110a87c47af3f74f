namespace NewsBot.Core.Quotes.Languages;

/// <summary>English: only what detection needs; English attribution has its own, richer rules (<see cref="CueFinder"/>).</summary>
internal static class English
{
    public static LanguageKnowledge Knowledge { get; } = new()
    {
        Code = "en",
        StopWords = LanguageKnowledge.Set(
            "the", "and", "of", "to", "is", "that", "was", "with", "for", "said", "he", "she", "it", "on", "are", "have", "this",
            "by", "from", "has", "but", "not", "they", "his", "her", "we", "which", "their", "been", "would", "were", "an", "will",
            "who", "about", "what", "there", "says", "also", "after"),
        Verbs = LanguageKnowledge.Set(),
        AccordingTo = LanguageKnowledge.Set(),
        Pronouns = System.Collections.Frozen.FrozenDictionary<string, Gender>.Empty,
        Determiners = LanguageKnowledge.Set("the", "this", "that"),
        Indefinites = LanguageKnowledge.Set("a", "an", "some"),
        Prepositions = LanguageKnowledge.Set("of", "from", "at", "in", "for", "with"),
    };
}
