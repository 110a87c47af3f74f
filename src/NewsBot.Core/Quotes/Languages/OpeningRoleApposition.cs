using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `O governador do estado, João Costa, visitou o cais`, `El gobernador del estado, Luis Romero, visitó`: a name between
/// commas right after a sentence-opening role description (article, role noun, a short complement) is, with the description,
/// the sentence's subject, whatever verb follows. Without this only a reporting verb or an auxiliary after the second comma
/// told so, and a lower-case complement (`do estado`) made the name an apposition that no dropped subject could continue.
/// </summary>
internal static class OpeningRoleApposition
{
    private const int MaxDescriptionWords = 6;

    /// <summary>Whether the name at <paramref name="at"/>, after a comma, follows such a description.</summary>
    public static bool Is(string text, List<Word> words, int at, LanguageKnowledge language)
    {
        if (!RoleApposition.Applies(language.Code))
        {
            return false;
        }

        var start = at - 1;
        while (start > 0 && !OpensSentence(Gap(text, words, start)))
        {
            if (Gap(text, words, start).Trim(" \u00A0'’").Length > 0)
            {
                // A comma or bracket inside the description: a longer clause, not one noun phrase.
                return false;
            }

            start--;
        }

        // `L'entraîneur adverse, Laurent Rey, n'a pas caché`: the tokenizer keeps an elided article with its noun.
        return ElidedArticle.Noun(words[start].Text) is { } noun
            ? at - start is >= 1 and < MaxDescriptionWords && EntityKnowledge.IsRoleWord(noun, language.Code)
            : at - start is >= 2 and <= MaxDescriptionWords && language.Determiners.Contains(words[start].Lower)
                && EntityKnowledge.IsRoleWord(words[start + 1].Text, language.Code);
    }

    private static ReadOnlySpan<char> Gap(string text, List<Word> words, int k) => text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End);

    private static bool OpensSentence(ReadOnlySpan<char> gap) => gap.IndexOfAny(".!?:\n") >= 0;
}
