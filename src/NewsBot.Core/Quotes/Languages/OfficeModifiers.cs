using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `dijo la ministra de Transportes`, `a affirmé l'ancienne ministre`: a description whose words beside its role noun name
/// another office than the one the article gave the person (`La ministra de Hacienda, Elena Roca,`) does not refer to them
/// (<see cref="RoleModifiers"/>). Only the body of an `of` complement right after the role noun specifies the office
/// (`disse o ministro em entrevista`, `el presidente de la Asamblea continuó` stop there); an adjective beside the noun
/// (`die Vorsitzende Richterin`, `prometió el mandatario antes de`) only when it dates or ranks the office. Rarely met, so the
/// cost of reading the text for a capitalised word is paid only then.
/// </summary>
internal static class OfficeModifiers
{
    private const int MinModifierLength = 3;

    /// <summary>
    /// Whether the <paramref name="description"/> disagrees with <paramref name="roleWords"/>; <paramref name="held"/> tells
    /// whether the role holds a word, office synonyms and German compounds included.
    /// </summary>
    public static bool Disagree(string text, IReadOnlyList<Word> description, HashSet<string> roleWords, Func<string, bool> held, LanguageKnowledge language)
    {
        var head = 0;
        while (head < description.Count && !held(description[head].Lower))
        {
            head++;
        }

        var content = description.Select(w => Content(w, language)).OfType<string>().ToList();
        // `il primo cittadino`, `a autarca`: another wording of an office, which the synonyms already matched as a whole.
        if (head >= description.Count || !ReferenceEquals(OfficeSynonyms.AsOffice(content), content))
        {
            return false;
        }

        var beside = description.Take(head).Select(w => Content(w, language)).OfType<string>().ToList();
        var after = new List<string>();
        var next = head + 1;
        if (next < description.Count && !language.OfPrepositions.Contains(description[next].Lower) && Content(description[next], language) is { } adjective)
        {
            beside.Add(adjective);
            next++;
        }

        if (next < description.Count && language.OfPrepositions.Contains(description[next].Lower))
        {
            next++;
            while (next < description.Count && language.Determiners.Contains(description[next].Lower))
            {
                next++;
            }

            if (next < description.Count && Content(description[next], language) is { } body)
            {
                after.Add(body);
            }
        }

        return RoleModifiers.Disagree(beside, held, roleSpecifiedOtherwise: false)
            || (after.Count > 0 && RoleModifiers.Disagree(after, held, NamesBody(text, roleWords, content, language)));
    }

    /// <summary>
    /// Whether the person's role names a body the description does not (`Hacienda` for `la ministra de Transportes`): a word
    /// the text writes capitalised, so that words an apposition picked up (`en un acto junto a la alcaldesa`) do not count.
    /// </summary>
    public static bool NamesBody(string text, HashSet<string> roleWords, List<string> content, LanguageKnowledge language)
    {
        foreach (var role in roleWords)
        {
            // `dell’economia`: the noun after an article or preposition elided into it.
            var word = role[(role.LastIndexOfAny(['’', '\'']) + 1)..];
            if (word.Length > 0 && !content.Contains(word) && !EntityLexicon.Shared.IsDemonym(word) && !EntityKnowledge.IsRoleWord(word, language.Code)
                && text.Contains(string.Concat(char.ToUpperInvariant(word[0]).ToString(), word.AsSpan(1)), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The word's content in lower case (the noun after an elided article), or null for articles, prepositions, verbs.</summary>
    private static string? Content(Word word, LanguageKnowledge language)
    {
        var lower = ElidedArticle.Noun(word.Lower) ?? word.Lower;
        return lower.Length < MinModifierLength || language.Determiners.Contains(lower) || language.Prepositions.Contains(lower)
            || language.OfPrepositions.Contains(lower) || language.StopWords.Contains(lower) || language.Verbs.Contains(lower)
            ? null
            : lower;
    }
}
