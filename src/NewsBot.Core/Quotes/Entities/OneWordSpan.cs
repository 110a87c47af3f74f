namespace NewsBot.Core.Quotes.Entities;

/// <summary>One word alone: the case where collisions between name, place and word lists matter most.</summary>
internal static class OneWordSpan
{
    private const int LongWord = 14;

    public static EntityGuess Classify(SpanShape shape, string? language)
    {
        var word = shape.Facts[0];
        if (shape.Honorific || (shape.Titled && !word.Has(LexiconFlags.RoleWord)))
        {
            return new EntityGuess(EntityKind.Person, shape.Honorific ? 0.85 : 0.8);
        }

        // "Una", "Ma", "Will": among the few hundred most frequent words, whatever else the lists say.
        if (word.Has(LexiconFlags.CommonWord) && word.Rank is > 0 and <= SpanClassifier.FunctionWordRank && !word.MajorPlace)
        {
            return new EntityGuess(EntityKind.CommonNoun, 0.75);
        }

        if (word.Has(LexiconFlags.Demonym))
        {
            return new EntityGuess(EntityKind.Demonym, 0.9);
        }

        if (word.Has(LexiconFlags.Place))
        {
            return Place(word);
        }

        if (word.Has(LexiconFlags.RoleWord | LexiconFlags.Honorific) && (!word.IsName || word.Has(LexiconFlags.CommonWord)))
        {
            return new EntityGuess(EntityKind.CommonNoun, word.IsName ? 0.7 : 0.8);
        }

        return word.IsName ? Name(word, language) : Word(shape.Core[0], word, language);
    }

    /// <summary>A major place outweighs a same-named person ("Paris", "Jordan"); a small town does not ("Clinton").</summary>
    private static EntityGuess Place(WordFacts word) =>
        word.MajorPlace ? new EntityGuess(EntityKind.Place, word.IsName ? 0.75 : 0.9)
        : word.IsName ? new EntityGuess(EntityKind.Person, 0.55)
        : new EntityGuess(EntityKind.Place, 0.8);

    private static EntityGuess Name(WordFacts word, string? language)
    {
        if (!word.Has(LexiconFlags.CommonWord))
        {
            return new EntityGuess(EntityKind.Person, word.Has(LexiconFlags.Surname) ? 0.7 : 0.6);
        }

        // "Will", "Many": a function word first. A frequent word ("Mark", "White") or a German noun ("Koch", "Bauer",
        // capitalised anyway) stays open; a rarer word that is a name ("Pence", "Sanders") is more likely the name.
        return word.Rank is > 0 and <= SpanClassifier.FunctionWordRank ? new EntityGuess(EntityKind.CommonNoun, 0.7)
            : CapitalisesNouns(language) ? new EntityGuess(EntityKind.Person, 0.45)
            : new EntityGuess(EntityKind.Person, word.Rank is > 0 and <= SpanClassifier.FrequentWordRank ? 0.5 : 0.6);
    }

    /// <summary>
    /// A word no name list holds. Frequent words, German nouns, contractions and words that end like derived
    /// words are words; another rare dictionary word or an unknown word written with a capital in a language that
    /// capitalises only names is mostly a name ("Trump", "Kasich").
    /// </summary>
    private static EntityGuess Word(string text, WordFacts word, string? language)
    {
        var lower = text.ToLowerInvariant();
        if (word.Rank > 0 || (word.Has(LexiconFlags.CommonWord)
            && (CapitalisesNouns(language) || text.Contains('’', StringComparison.Ordinal) || text.Contains('\'', StringComparison.Ordinal))))
        {
            return new EntityGuess(EntityKind.CommonNoun, 0.85);
        }

        if (WordEndings.LookDerived(lower, language))
        {
            return new EntityGuess(EntityKind.CommonNoun, 0.7);
        }

        // The common-word lists stop at 14 letters or so; a longer unknown word is more often a word than a name.
        return text.Length > LongWord ? new EntityGuess(EntityKind.Unknown, 0.3) : new EntityGuess(EntityKind.Person, 0.55);
    }

    private static bool CapitalisesNouns(string? language) => LexiconLanguages.IndexOf(language) == 1;
}
