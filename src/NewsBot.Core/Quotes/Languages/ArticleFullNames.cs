namespace NewsBot.Core.Quotes.Languages;

/// <summary>The full names an article gives its people, for the short forms it uses after them.</summary>
internal static class ArticleFullNames
{
    /// <summary>
    /// Whether someone the article names in full has <paramref name="surname"/>, a particle and a surname, after a given name
    /// (`Marine Le Pen`, `Anna von der Aue`); the particle's case is free, since a sentence may open with it (`Von der Aue`).
    /// </summary>
    public static bool HasParticleSurname(List<PersonMention> people, IReadOnlyList<string> surname) =>
        people.Any(p => Enumerable.Range(1, Math.Max(0, p.Words.Count - surname.Count)).Any(i =>
            string.Equals(p.Words[i], surname[0], StringComparison.OrdinalIgnoreCase) && p.Words.Skip(i + 1).Take(surname.Count - 1).SequenceEqual(surname.Skip(1))));

    /// <summary>The fullest form the article gives of a person's name: `Martínez` → `Juan Martínez d’Aubuisson`.</summary>
    public static IReadOnlyList<string> Fullest(List<PersonMention> people, IReadOnlyList<string> words)
    {
        if (words.Count == 1 && TwoFamiliesShare(people, words[0]))
        {
            // `Seo Hyeyun` and `Jang Hyeyun`: a lone `Hyeyun` is either of them, so it stays as written.
            return words;
        }

        IReadOnlyList<string> best = words;
        foreach (var person in people)
        {
            if (person.Words.Count > best.Count && NameSpelling.Contains(person.Words, words))
            {
                best = person.Words;
            }
        }

        if (best.Count == words.Count && words.Count == 1)
        {
            // `Marie-Pierre` after `Marie-Pierre Dausse`: a first name stands for the one person of the article who has it.
            var bearers = people.Where(p => p.Words.Count > 1 && p.Words[0] == words[0]).Select(p => p.Words[^1]).Distinct().Count();
            best = bearers == 1 ? people.First(p => p.Words.Count > 1 && p.Words[0] == words[0]).Words : best;
        }

        // `le Lyonnais Marc Dubois`: French capitalises the origin noun, which runs into the name without being part of it.
        return OriginNounBeforeName.Strip(best);
    }

    /// <summary>Whether two people written family name first without a hyphen share <paramref name="givenName"/>.</summary>
    private static bool TwoFamiliesShare(List<PersonMention> people, string givenName)
    {
        string? family = null;
        foreach (var person in people)
        {
            if (person.Words.Count == 2 && person.Words[1] == givenName && FamilyNameFirst.OpensUnhyphenated(person.Words[0]))
            {
                if (family is not null && family != person.Words[0])
                {
                    return true;
                }

                family = person.Words[0];
            }
        }

        return false;
    }
}
