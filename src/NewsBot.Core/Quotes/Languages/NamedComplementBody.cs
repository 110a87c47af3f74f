using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `a indiqué une porte-parole de la mairie de Kelburg`, `ha detto un portavoce del Comune di Brindel`, `disse um porta-voz da
/// empresa Tallvia`: in a Romance language the complement itself names the body, a noun with its own name, so the spokesperson
/// speaks for it as written. A bare noun (`de la empresa`) says not which body; a given name makes it a person's spokesperson.
/// </summary>
internal static class NamedComplementBody
{
    private const int MaxWords = 6;
    private const int MaxPrefix = 4;

    /// <summary>The body the complement after <paramref name="of"/> names, from its noun to its name's end; null when it names none.</summary>
    public static string? Find(string text, Word of, LanguageKnowledge language)
    {
        var words = WordTokenizer.Tokenize(text, of.End, Math.Min(text.Length, of.End + 80));
        var start = 0;
        while (start < words.Count && language.Determiners.Contains(words[start].Lower))
        {
            start++;
        }

        var lastName = -1;
        var firstName = -1;
        for (var k = start; k < words.Count && k - start < MaxWords && (k == start || text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End) is " "); k++)
        {
            if (char.IsUpper(Unelided(words[k].Text)[0]))
            {
                (firstName, lastName) = (firstName < 0 ? k : firstName, k);
            }
            else if (k > start && !language.OfPrepositions.Contains(words[k].Lower) && !language.Determiners.Contains(words[k].Lower))
            {
                break;
            }
        }

        // `del Comune`, `del Gobierno`: one capitalised common noun is an institution's kind, not yet its name; `de Pedro Ruiz` is a person's.
        if (lastName < 0 || (lastName == start && EntityKnowledge.IsCommonWord(Unelided(words[start].Text), language.Code))
            || EntityKnowledge.IsGivenName(Unelided(words[firstName].Text)))
        {
            return null;
        }

        var from = words[start].End - Unelided(words[start].Text).Length;
        return text[from..words[lastName].End];
    }

    /// <summary>`l'armée` → `armée`, `dell'Agenzia` → `Agenzia`: a short elided article or preposition dropped.</summary>
    private static string Unelided(string word)
    {
        var apostrophe = word.AsSpan().IndexOfAny('\'', '’');
        return apostrophe is > 0 and <= MaxPrefix && apostrophe + 1 < word.Length ? word[(apostrophe + 1)..] : word;
    }
}
