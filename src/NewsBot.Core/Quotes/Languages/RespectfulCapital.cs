namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// Spanish, Italian and Portuguese papers capitalise an office out of respect (`La Rectora recordó que …`, `precisó la
/// Decana`): where the role lexicon does not know the word, the subject reader took it for an unknown name and found no one.
/// A capitalised noun after an article whose lower-case form the article gave someone as a role (`Marta Soler, rectora de
/// …`) is read as that role.
/// </summary>
internal static class RespectfulCapital
{
    private const int MinNounLength = 4;

    /// <summary><paramref name="words"/> with every such noun lower-cased; the same list when there is none.</summary>
    public static IReadOnlyList<Word> Lower(IReadOnlyList<Word> words, LanguageKnowledge language, PersonNames people)
    {
        if (language.CapitalisesNouns)
        {
            return words;
        }

        List<Word>? lowered = null;
        for (var k = 1; k < words.Count; k++)
        {
            if (IsRespectfulRole(words, k, language, people))
            {
                lowered ??= [.. words];
                lowered[k] = new Word(words[k].Start, words[k].End, words[k].Lower);
            }
        }

        return lowered ?? words;
    }

    private static bool IsRespectfulRole(IReadOnlyList<Word> words, int k, LanguageKnowledge language, PersonNames people)
    {
        var noun = words[k];
        if (!language.Determiners.Contains(words[k - 1].Lower) || !noun.IsCapitalized || noun.Text.Length < MinNounLength
            || noun.Text.All(char.IsUpper) || EntityKnowledge.IsGivenName(noun.Text) || EntityKnowledge.IsRoleWord(noun.Text, language.Code))
        {
            return false;
        }

        Word[] description = [words[k - 1], new Word(noun.Start, noun.End, noun.Lower)];
        return people.Roles.AnyHolds(description, language.GenderedDeterminers.GetValueOrDefault(words[k - 1].Lower), noun.Start);
    }
}
