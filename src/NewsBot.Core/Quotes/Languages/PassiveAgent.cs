using System.Collections.Frozen;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// The agent of a passive (`fue abordado ayer por el presidente Julio Pardo`, `a été reçu par la ministre Anne Roy`, `foi
/// entrevistado pelo técnico Tite`, `è stato affrontato dal presidente Gino Rocca`): who acted, so the clause's logical subject a
/// later dropped subject or pronoun goes on with. A title the paper capitalises (`por el Presidente Boric`) is part of the agent.
/// </summary>
internal static class PassiveAgent
{
    private const int MaxWordsToParticiple = 3;

    private static readonly FrozenSet<string> AgentPrepositions = LanguageKnowledge.Set("por", "par", "pelo", "pela", "da", "dal", "dallo", "dalla", "dai", "dagli", "dalle");

    /// <summary>Regular past participle endings by language (a participle agrees in gender and number); irregular ones (`dicho`, `reçu`) are left out, their endings are those of too many other words.</summary>
    private static readonly FrozenDictionary<string, string[]> ParticipleEndings = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["es"] = ["ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"],
        ["pt"] = ["ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"],
        ["fr"] = ["é", "ée", "és", "ées"],
        ["it"] = ["ato", "ata", "ati", "ate", "ito", "ita", "iti", "ite", "uto", "uta", "uti", "ute"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Whether the name at <paramref name="at"/> follows `participle [adverb] por [article] [role]`.</summary>
    public static bool Is(IReadOnlyList<Word> words, int at, LanguageKnowledge language)
    {
        if (!ParticipleEndings.TryGetValue(language.Code, out var endings))
        {
            return false;
        }

        var k = at - 1;
        while (k > 0 && ((!words[k].IsCapitalized && language.Determiners.Contains(words[k].Lower)) || EntityKnowledge.IsRoleWord(words[k].Text, language.Code)))
        {
            k--;
        }

        if (k < 1 || !AgentPrepositions.Contains(words[k].Lower))
        {
            return false;
        }

        for (var p = k - 1; p >= 0 && k - p <= MaxWordsToParticiple; p--)
        {
            var lower = words[p].Lower;
            if (lower.Length > 3 && !words[p].IsCapitalized && endings.Any(e => lower.EndsWith(e, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }
}
