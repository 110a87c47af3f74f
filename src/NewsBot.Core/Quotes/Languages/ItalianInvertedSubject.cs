using System.Collections.Frozen;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// Italian puts the subject of an intransitive compound tense after the verb (`In serata è intervenuto anche il premier,
/// Lucio Varrone.`, `È arrivata la ministra Laura Campanella`): the name after the auxiliary, the participle, an adverb and
/// the role (with or without the apposition's comma) is the clause's subject, and a later dropped subject continues it.
/// </summary>
internal static class ItalianInvertedSubject
{
    private const int MaxWordsBeforeAuxiliary = 3;
    private const int MaxWordsBetween = 5;

    private static readonly FrozenSet<string> Auxiliaries = LanguageKnowledge.Set("è", "sono", "era", "erano", "fu");

    public static bool Is(string text, IReadOnlyList<Word> words, int at, LanguageKnowledge language)
    {
        if (language.Code != "it")
        {
            return false;
        }

        // `l'assessora ai Lavori pubblici, Chiara Benassi`: the role's complement is read as part of the role.
        var role = RoleComplementApposition.RoleBefore(text, words, at, language);
        var from = role >= 0 ? role + 1 : at;
        var k = from - 1;
        var commas = role >= 0 ? 1 : 0;
        while (k > 0 && from - k <= MaxWordsBetween && !IsParticiple(words[k].Lower) && IsBetween(words[k], language))
        {
            commas += Gap(text, words, k + 1).Contains(',') ? 1 : 0;
            k--;
        }

        if (k <= 0 || commas > 1 || Gap(text, words, k + 1).IndexOfAny(".;:!?") >= 0 || !IsParticiple(words[k].Lower)
            || !Auxiliaries.Contains(words[k - 1].Lower))
        {
            return false;
        }

        // The auxiliary opens its clause after at most a short adverbial (`In serata`, `Ieri`).
        var start = k - 1;
        while (start > 0 && !Gap(text, words, start).ContainsAny(ClauseBreaks))
        {
            start--;
            if (k - 1 - start > MaxWordsBeforeAuxiliary || words[start].IsCapitalized && start > 0 && !Gap(text, words, start).ContainsAny(ClauseBreaks))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsBetween(Word word, LanguageKnowledge language) =>
        !word.IsCapitalized && (language.Determiners.Contains(word.Lower) || language.CompoundTenseAdverbs.Contains(word.Lower)
            || EntityKnowledge.IsRoleWord(word.Text, language.Code) || ElidedArticle.Noun(word.Lower) is not null);

    private static bool IsParticiple(string lower) =>
        lower.Length >= 5 && (lower.EndsWith("ato", StringComparison.Ordinal) || lower.EndsWith("ata", StringComparison.Ordinal)
            || lower.EndsWith("uto", StringComparison.Ordinal) || lower.EndsWith("uta", StringComparison.Ordinal)
            || lower.EndsWith("ito", StringComparison.Ordinal) || lower.EndsWith("ita", StringComparison.Ordinal));

    private static ReadOnlySpan<char> Gap(string text, IReadOnlyList<Word> words, int k) => text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End);

    private static readonly System.Buffers.SearchValues<char> ClauseBreaks = System.Buffers.SearchValues.Create(",;:.!?()—–\n");
}
