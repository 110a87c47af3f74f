using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// The entity questions the language rules ask, in one place: whether a capitalised word is an ordinary word of the
/// language (German nouns, a sentence-initial `E`), a given name, a surname, a place, a role. Answered by the shared entity lexicon.
/// </summary>
internal static class EntityKnowledge
{
    private static EntityLexicon Lexicon => EntityLexicon.Shared;

    public static bool IsCommonWord(string word, string language) =>
        Lexicon.IsCommonWord(word, language) || (language == "de" && GermanPlurals.HasNounPlural(Lexicon, word));

    public static bool IsGivenName(string word) => Lexicon.IsGivenName(word);

    /// <summary>Among the language's most frequent words (`Mas`, `E`, `Doch`), which a capital at the sentence start does not make a name; `Juan` and `Rosa` are rarer.</summary>
    public static bool IsFrequentWord(string word, string language) =>
        Lexicon.IsCommonWord(word, language) && Lexicon.CommonRank(word, language) is > 0 and <= MaxFrequentRank;

    private const int MaxFrequentRank = 1500;

    public static bool IsSurname(string word) => Lexicon.IsSurname(word);

    /// <summary>A place name, one word or several (`Santa Clara`, `Villanueva del Río`).</summary>
    public static bool IsPlace(string phrase) => Lexicon.IsPlace(phrase);

    /// <summary>A word for the people of a country (`argentino`, `belge`, `brasileira`).</summary>
    public static bool IsDemonym(string word) => Lexicon.EntityFlags(word).HasFlag(LexiconFlags.Demonym);

    /// <summary>`comunicado`, `Pressemitteilung`, `communiqué`: a document speaks for whoever issued it.</summary>
    public static bool IsDocumentWord(string word) => Lexicon.EntityFlags(word).HasFlag(LexiconFlags.DocumentWord);

    /// <summary>`Herr`, `Frau`, `Dr`: a form of address, which names no role.</summary>
    public static bool IsHonorific(string word, string language) =>
        word is "Herrn" || (Lexicon.Lookup(word.TrimEnd('.'), language) & (LexiconFlags.Honorific | LexiconFlags.RoleWord)) == LexiconFlags.Honorific;

    public static bool IsOrganisationWord(string word) => Lexicon.EntityFlags(word).HasFlag(LexiconFlags.OrganisationWord);

    public static bool IsRoleWord(string word, string language) =>
        (Lexicon.Lookup(word, language) & (LexiconFlags.RoleWord | LexiconFlags.Honorific)) != 0 || NameLexicon.Titles.Contains(word)
        || IsFeminineRole(word, language);

    /// <summary>`Kanzlerin`, `Stadträtin`: see <see cref="GermanFeminineRole"/>.</summary>
    private static bool IsFeminineRole(string word, string language) =>
        language == "de" && GermanFeminineRole.Is(word, stem => (Lexicon.Lookup(stem, language) & LexiconFlags.RoleWord) != 0);

    public static Gender GenderOf(string givenName, string language) => Lexicon.GenderOf(givenName, language);

    public static bool KnowsGenderOf(string givenName) => Lexicon.KnowsGenderOf(givenName);

    public static EntityGuess Classify(IReadOnlyList<string> words, string language) => Lexicon.Classify(words, language);
}
