namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `Il sindaco: «…»`, `Ponte chiuso, l'assessora: «…»`, `El alcalde: “…”`: in the Italian and Spanish press a lead that is only
/// an article and a role, opening its sentence or after a headline's short topic and a comma, is the role's holder speaking
/// (the short form of `ha detto il sindaco`), as <see cref="RoleOnlyColonLead"/> reads `Der Minister:` in German. A longer
/// description before the colon (`la proposta del sindaco:`, `Dopo la riunione con il sindaco:`) stays what is quoted.
/// </summary>
internal static class RomanceRoleColonLead
{
    /// <summary>At most this many words of topic before the article (`Ponte chiuso,`, `Bilancio,`): a headline's, not a clause.</summary>
    private const int MaxTopicWords = 3;

    public static bool Is(string text, List<Word> words, LanguageKnowledge language)
    {
        if (language.Code is not ("it" or "es") || words.Count == 0)
        {
            return false;
        }

        var role = words[^1];
        var elided = ElidedArticle.Noun(role.Lower);
        var article = elided is null ? words.Count - 2 : words.Count - 1;
        if (article < 0 || !SubjectPhrase.IsRole(elided ?? role.Lower, language)
            || (elided is null && !language.GenderedDeterminers.ContainsKey(words[article].Lower)))
        {
            return false;
        }

        return article == 0 || WordGaps.HasSentenceEndBefore(text, words, article) || AfterShortTopic(text, words, article, language);
    }

    /// <summary>`Bilancio, il sindaco:`: a comma before the article, and before it a few words, none a verb, that open the sentence.</summary>
    private static bool AfterShortTopic(string text, List<Word> words, int article, LanguageKnowledge language)
    {
        if (text.AsSpan(words[article - 1].End, words[article].Start - words[article - 1].End).Trim() is not ",")
        {
            return false;
        }

        var start = article - 1;
        while (start > 0 && !WordGaps.HasSentenceEndBefore(text, words, start))
        {
            start--;
        }

        return article - start <= MaxTopicWords && words[start].IsCapitalized
            && !words.Skip(start).Take(article - start).Any(w => language.Verbs.Contains(w.Lower));
    }
}
