namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `Lindner und der Reeder Weber sagten übereinstimmend:`: people joined by `und` before a German plural verb speak together,
/// so the quote is neither one's alone and no name is given.
/// </summary>
internal static class JointSubject
{
    private const int MaxWordsAfterVerb = 6;

    public static bool Before(IReadOnlyList<Word> words, VerbMatch verb, LanguageKnowledge language) =>
        verb.First >= 3 && IsPlural(words, verb, language) && words.Take(verb.First).Skip(1).Any(w => language.And.Contains(w.Lower));

    /// <summary>`„…“, sagten Lindner und Weber.`</summary>
    public static bool After(IReadOnlyList<Word> words, VerbMatch verb, LanguageKnowledge language) =>
        IsPlural(words, verb, language) && words.Skip(verb.Last + 2).Take(MaxWordsAfterVerb).Any(w => language.And.Contains(w.Lower));

    private static bool IsPlural(IReadOnlyList<Word> words, VerbMatch verb, LanguageKnowledge language)
    {
        var finite = words[verb.First].Lower;
        return language.Code == "de" && finite.EndsWith("en", StringComparison.Ordinal) && !finite.StartsWith("ge", StringComparison.Ordinal);
    }
}
