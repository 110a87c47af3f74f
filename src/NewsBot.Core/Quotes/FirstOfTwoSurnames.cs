using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Quotes;

/// <summary>
/// `Moya dijo`, where the article gives `Andrés Moya Cifuentes`: a Spanish name carries two surnames and the short form
/// keeps the first, the word before the last. Only asked when no full name ends with the word (Portuguese `Pereira` for
/// `João Silva Pereira` already does); like any surname, the latest such person before the mention, else the first after.
/// </summary>
internal static class FirstOfTwoSurnames
{
    public static NameMention? Find(List<NameMention> mentions, string word, int position)
    {
        if (!MayBeSurname(word))
        {
            return null;
        }

        NameMention? before = null;
        NameMention? after = null;
        foreach (var mention in mentions)
        {
            if (mention is not { Kind: NameKind.Person, Words.Count: >= 3, InsideQuote: false } || !FullFormFinder.SameName(mention.Words[^2], word))
            {
                continue;
            }

            if (mention.Span.Start < position)
            {
                before = mention;
            }
            else
            {
                after ??= mention;
            }
        }

        return before ?? after;
    }

    /// <summary>`Luis` of `José Luis Ortega` is a given name, not a surname the person is called by; `de` is a particle.</summary>
    public static bool MayBeSurname(string word)
    {
        var flags = EntityLexicon.Shared.EntityFlags(word);
        return word.Length > 1 && char.IsUpper(word[0]) && !(flags.HasFlag(LexiconFlags.GivenName) && !flags.HasFlag(LexiconFlags.Surname));
    }
}
