namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `„…“, sagte eine Sprecherin des Ministeriums` after `Das bayerische Verkehrsministerium nannte …`: with no person given the
/// office, an unnamed spokesperson speaks for the body the genitive names, under the name the article gave it before: the one
/// word built on that noun (`Verkehrsministerium`, `Kreiskrankenhaus Lübbenhain` for `des Krankenhauses`). A bare noun names
/// no body (`das Ministerium`); two bodies built on it could each be meant, so then no one is.
/// </summary>
internal static class SpokespersonComplementBody
{
    private const int MaxNameWords = 3;

    /// <summary>The body <paramref name="description"/>'s complement names, as written before <paramref name="before"/>; null when none or several fit.</summary>
    public static string? Find(string text, List<Word> description, LanguageKnowledge language, int before)
    {
        if (!language.CapitalisesNouns)
        {
            return NamedComplementBody.Find(text, description[2], language);
        }

        if (description.Count < 4 || !description[3].IsCapitalized)
        {
            return null;
        }

        var genitive = description[3].Text;
        var words = WordTokenizer.Tokenize(text, 0, before);
        string? found = null;
        for (var i = 0; i < words.Count; i++)
        {
            var nounLength = words[i].IsCapitalized ? NounLength(words[i].Text, genitive) : 0;
            if (nounLength == 0)
            {
                continue;
            }

            var end = i + 1;
            while (end < words.Count && end - i < MaxNameWords && IsNamePart(text, words[end - 1], words[end], language))
            {
                end++;
            }

            if (end == i + 1 && words[i].Text.Length == nounLength)
            {
                continue;
            }

            var name = string.Join(' ', words.Skip(i).Take(end - i).Select(w => w.Text));
            if (found is not null && found != name)
            {
                return null;
            }

            found = name;
        }

        return found;
    }

    /// <summary>
    /// How long the noun <paramref name="word"/> ends with is, the genitive's ending dropped or not (`Ministeriums`,
    /// `Krankenhauses`, `der Stadt`); 0 when it ends with none, or only within a word (`Haus` in `Rathaus` is, `Kaus` is not).
    /// </summary>
    private static int NounLength(string word, string genitive)
    {
        var length = EndsWith(word, genitive, 0);
        length = length > 0 || !genitive.EndsWith('s') ? length : EndsWith(word, genitive, 1);
        return length > 0 || !genitive.EndsWith("es", StringComparison.Ordinal) ? length : EndsWith(word, genitive, 2);
    }

    private static int EndsWith(string word, string genitive, int ending)
    {
        var noun = genitive.AsSpan(0, genitive.Length - ending);
        return noun.Length >= 4 && word.AsSpan().EndsWith(noun, StringComparison.OrdinalIgnoreCase)
            && (word.Length == noun.Length || char.IsLower(word[word.Length - noun.Length])) ? noun.Length : 0;
    }

    /// <summary>`Kreiskrankenhaus Lübbenhain`: a capitalised word right after that no dictionary knows, a place's or body's own name.</summary>
    private static bool IsNamePart(string text, Word previous, Word next, LanguageKnowledge language) =>
        next.IsCapitalized && next.Start == previous.End + 1 && text[previous.End] == ' ' && !EntityKnowledge.IsCommonWord(next.Text, language.Code)
        && !language.Determiners.Contains(next.Lower);
}
