namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// The word checks the subject readers share when they read the words next to a reporting verb: how far a subject phrase
/// reaches, and whether its words are a role, a group, someone's someone or an acronym.
/// </summary>
internal static class SubjectPhrase
{
    public const int MaxPhraseWords = 10;
    public const int MaxDescriptionWords = 4;
    public const int MaxRoleWords = 16;

    /// <summary>A role word, or a former one (`exalcalde`, `ex-ministro`, `Ex-Minister`).</summary>
    public static bool IsRole(string word, LanguageKnowledge language) =>
        EntityKnowledge.IsRoleWord(word, language.Code) || PersonRoles.IsOtherWordForOffice(word)
        || (word.Length > 4 && word.StartsWith("ex", StringComparison.OrdinalIgnoreCase) && EntityKnowledge.IsRoleWord(word[2..].TrimStart('-'), language.Code));

    /// <summary>A definite plural description (`los abogados`, `les syndicats`, `gli esperti`, `os moradores`): a group, whom no one name fits.</summary>
    public static bool IsGroup(List<Word> phrase, LanguageKnowledge language) =>
        phrase.Count > 1 && language.PluralDeterminers.Contains(phrase[0].Lower) && !phrase[0].IsCapitalized && !phrase[1].IsCapitalized;

    /// <summary>`su portavoz`, `il suo legale`, `o seu assessor`: someone's someone, not that someone.</summary>
    public static bool OpensWithPossessive(List<Word> phrase, LanguageKnowledge language) =>
        phrase.Count > 1 && (language.Possessives.Contains(phrase[0].Lower)
            || (phrase.Count > 2 && language.Determiners.Contains(phrase[0].Lower) && language.Possessives.Contains(phrase[1].Lower)));

    /// <summary>An article, stop word, conjunction or subordinator: no part of a role before a name.</summary>
    public static bool IsFunctionWord(string lower, LanguageKnowledge language) =>
        language.Determiners.Contains(lower) || language.StopWords.Contains(lower) || language.Conjunctions.Contains(lower) || language.Subordinators.Contains(lower);

    public static bool IsAcronym(List<Word> run) => run.Count == 1 && run[0].Text.Length is >= 2 and <= 6 && run[0].Text.All(char.IsUpper);

    /// <summary>`do STF` → `Supremo Tribunal Federal` where the article spells the acronym out.</summary>
    public static SpeakerCandidate Expanded(string text, SpeakerCandidate body) =>
        body.Words is [var acronym] && AcronymExpansion.Expand(text, acronym) is { } full ? body with { Words = [full], Written = full } : body;
}
