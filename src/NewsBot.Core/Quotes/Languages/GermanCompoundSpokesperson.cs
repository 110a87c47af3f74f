namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `„…“, erklärte eine Bahn-Sprecherin.`, `so die Siemens-Sprecherin weiter`: a German compound whose head is a spokesperson and
/// whose modifier names the body speaks for that body, with its fuller name where the article gives one (`Deutsche Bahn`). A
/// modifier that is also a common noun (`Bahn`, `Stadt`) stands for no body on its own, and a compound the article puts before
/// a name (`Bahn-Sprecherin Anna Roth`) belongs to that person, so both are left to the other readings.
/// </summary>
internal static class GermanCompoundSpokesperson
{
    private const int MaxBodyWords = 3;

    private static readonly HashSet<string> Heads = ["sprecher", "sprecherin", "pressesprecher", "pressesprecherin"];

    public static SpeakerCandidate? Find(string text, List<Word> phrase, LanguageKnowledge language)
    {
        if (!language.CapitalisesNouns || phrase.Count < 2 || (phrase.Count > 2 && phrase[2].IsCapitalized)
            || !(language.Determiners.Contains(phrase[0].Lower) || language.Indefinites.Contains(phrase[0].Lower)))
        {
            return null;
        }

        var noun = phrase[1].Text;
        var hyphen = noun.LastIndexOf('-');
        if (hyphen <= 0 || !char.IsUpper(noun[0]) || !Heads.Contains(phrase[1].Lower[(hyphen + 1)..]) || NamedHolder(text, noun))
        {
            return null;
        }

        var modifier = noun[..hyphen];
        var body = FullBody(text, modifier, language) ?? (EntityKnowledge.IsCommonWord(modifier, language.Code) ? null : modifier);
        return body is null ? null : new SpeakerCandidate(CandidateKind.Name, [body], phrase[1].Start, body);
    }

    /// <summary>Whether the article writes a spokesperson compound on <paramref name="modifier"/> (`Bahn-Sprecherin` for `Bahn`).</summary>
    public static bool HasSpokesperson(string text, string modifier)
    {
        foreach (var head in Heads)
        {
            if (text.Contains(string.Concat(modifier, "-", char.ToUpperInvariant(head[0]).ToString(), head.AsSpan(1)), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the article writes the compound before a capitalised word anywhere: a title before the holder's name.</summary>
    private static bool NamedHolder(string text, string noun)
    {
        for (var at = text.IndexOf(noun, StringComparison.Ordinal); at >= 0; at = text.IndexOf(noun, at + noun.Length, StringComparison.Ordinal))
        {
            var after = at + noun.Length;
            if (after + 1 < text.Length && text[after] == ' ' && char.IsUpper(text[after + 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>`Deutsche Bahn` for `Bahn`: the first capitalised words the article runs into the modifier, past articles and sentence openers.</summary>
    private static string? FullBody(string text, string modifier, LanguageKnowledge language)
    {
        for (var at = text.IndexOf(" " + modifier, StringComparison.Ordinal); at >= 0; at = text.IndexOf(" " + modifier, at + 1, StringComparison.Ordinal))
        {
            var end = at + 1 + modifier.Length;
            if (end < text.Length && char.IsLetter(text[end]))
            {
                continue;
            }

            var before = WordTokenizer.Tokenize(text, Math.Max(0, at - 60), at);
            var first = before.Count;
            while (first > 0 && before.Count - first < MaxBodyWords - 1 && before[first - 1].IsCapitalized && !OpensOrGoverns(text, before[first - 1], language)
                && before[first - 1].End + 1 == (first == before.Count ? at + 1 : before[first].Start))
            {
                first--;
            }

            if (first < before.Count)
            {
                return text[before[first].Start..end];
            }
        }

        return null;
    }

    private static bool OpensOrGoverns(string text, Word word, LanguageKnowledge language) =>
        language.Determiners.Contains(word.Lower) || language.Indefinites.Contains(word.Lower) || language.Possessives.Contains(word.Lower)
        || language.Prepositions.Contains(word.Lower) || (word.Start > 1 && text[word.Start - 2] is '.' or '!' or '?' or ':') || word.Start == 0 || text[word.Start - 1] == '\n';
}
