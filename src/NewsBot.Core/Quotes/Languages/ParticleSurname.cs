namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// A surname with its particle standing alone as a subject: `sagte von Preen`, `Von der Aue sagte`, `ha detto Le Roux`.
/// Alone, `von` reads as a preposition (`berichtete von Problemen`) and `Le` as an article, so the words name someone only
/// when the article already gave a person that particle and surname after a given name (`Anna von Preen`).
/// </summary>
internal sealed class ParticleSurname(LanguageKnowledge language, PersonNames people)
{
    /// <summary>Lowercase particles of German, Dutch and Romance surnames, and the articles that may follow them (`von der`).</summary>
    private static readonly HashSet<string> Particles = ["von", "vom", "van", "zu", "zur", "de", "di", "da", "du", "del", "della", "ter", "ten"];
    private static readonly HashSet<string> SecondParticles = ["der", "den", "dem", "de", "la", "le", "van"];

    /// <summary>The words of a particle surname that starts at <paramref name="at"/>, or null.</summary>
    public IReadOnlyList<Word>? StartingAt(IReadOnlyList<Word> words, int at)
    {
        foreach (var length in (int[])[2, 3])
        {
            if (Read(words, at, length) is { } name)
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>The words of a particle surname that ends right before <paramref name="end"/> and follows no capitalised word, or null.</summary>
    public IReadOnlyList<Word>? EndingBefore(IReadOnlyList<Word> words, int end)
    {
        foreach (var length in (int[])[2, 3])
        {
            var at = end - length;
            if (at >= 0 && (at == 0 || !words[at - 1].IsCapitalized) && Read(words, at, length) is { } name)
            {
                return name;
            }
        }

        return null;
    }

    private List<Word>? Read(IReadOnlyList<Word> words, int at, int length)
    {
        if (at < 0 || at + length > words.Count || !words[at + length - 1].IsCapitalized || !Opens(words[at]))
        {
            return null;
        }

        if (length == 3 && !SecondParticles.Contains(words[at + 1].Lower))
        {
            return null;
        }

        var name = Enumerable.Range(at, length).Select(i => words[i]).ToList();
        return people.HasParticleSurname(name.Select(w => w.Text).ToList()) ? name : null;
    }

    // A capitalised article opens a surname only where nouns are lowercase (`Le Roux`); in German `Der Minister` is a noun.
    private bool Opens(Word word) =>
        Particles.Contains(word.Lower)
        || (word.IsCapitalized && language.Determiners.Contains(word.Lower) && !language.CapitalisesNouns);
}
