namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `Der Minister: „…“`, `Die Ministerin: „…“`: a lead that is only an article and a role is the role's holder speaking, the
/// short form of `sagte der Minister`; a longer description before a colon (`Am Ende steht die Empfehlung:`) is what is quoted.
/// </summary>
internal static class RoleOnlyColonLead
{
    public static bool Is(string text, List<Word> words, LanguageKnowledge language)
    {
        if (!language.CapitalisesNouns || words.Count < 2)
        {
            return false;
        }

        var article = words[^2];
        return (words.Count == 2 || WordGaps.HasSentenceEndBefore(text, words, words.Count - 2))
            && article.IsCapitalized && language.GenderedDeterminers.ContainsKey(article.Lower)
            && CapitalisedRole.IsRoleNoun(words[^1].Text, language.Code);
    }
}
