namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// Spanish and Portuguese open a clause with any verb in the preterite and put its subject after it (`Al sitio llegó el
/// coronel José Galindo`, `Depois chegou o ministro Carlos Mendes`): the name after the verb, its article and role is the
/// clause's subject, whatever the verb, as a reporting verb's would be. The preterite's ending tells the verb (`-ó`, `-ou`).
/// </summary>
internal static class VerbFirstSubject
{
    private const int MaxWordsBeforeVerb = 3;

    /// <summary>Whether the name at <paramref name="at"/> follows `[short adverbial] preterite [article] [role]` at its clause's start.</summary>
    public static bool Is(string text, IReadOnlyList<Word> words, int at, LanguageKnowledge language)
    {
        if (language.Code is not ("es" or "pt"))
        {
            return false;
        }

        // `intervino la concejala de obras públicas, Carla Benítez`: the role's complement is read as part of the role.
        var role = RoleComplementApposition.RoleBefore(text, words, at, language);
        var from = role >= 0 ? role + 1 : at;
        var verb = from - 1;
        while (verb > 0 && !words[verb].IsCapitalized && !Breaks(text, words, verb + 1)
            && (language.Determiners.Contains(words[verb].Lower) || EntityKnowledge.IsRoleWord(words[verb].Text, language.Code) || language.PersonNouns.Contains(words[verb].Lower)))
        {
            verb--;
        }

        if (verb < 0 || verb == from || Breaks(text, words, verb + 1) || words[verb].IsCapitalized || !IsPreterite(words[verb].Lower, language.Code))
        {
            return false;
        }

        // The verb opens its clause after at most a short adverbial of common words (`Al sitio`, `Ayer`), no name.
        var start = verb;
        while (start > 0 && !Breaks(text, words, start))
        {
            start--;
            if (verb - start > MaxWordsBeforeVerb || (words[start].IsCapitalized && !EntityKnowledge.IsCommonWord(words[start].Text, language.Code)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPreterite(string lower, string code) => code == "es"
        ? lower.Length >= 4 && lower.EndsWith('ó')
        : lower.Length >= 5 && lower.EndsWith("ou", StringComparison.Ordinal);

    /// <summary>A clause break between the word at <paramref name="k"/> and the one before it.</summary>
    private static bool Breaks(string text, IReadOnlyList<Word> words, int k) =>
        k > 0 && k < words.Count && text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).IndexOfAny(ClauseBreaks) >= 0;

    private static readonly System.Buffers.SearchValues<char> ClauseBreaks = System.Buffers.SearchValues.Create(",;:.!?()—–\n");
}
