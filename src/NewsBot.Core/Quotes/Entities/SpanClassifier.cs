namespace NewsBot.Core.Quotes.Entities;

/// <summary>
/// Turns what the lexicons know of each word of a capitalised span into a guess of what the span names. The rules weigh
/// facts that often collide ("Paris" is a place and a given name, "Will" a given name and a verb) rather than trust one.
/// </summary>
internal static class SpanClassifier
{
    /// <summary>Words this frequent are function words even when a name list holds them ("Will", "Many").</summary>
    private const int FunctionWordRank = 300;

    /// <summary>Words this frequent are as likely the word as the name when a name list holds them ("Mark", "White").</summary>
    private const int FrequentWordRank = 3000;

    public static EntityGuess Classify(EntityLexicon lexicon, IReadOnlyList<string> tokens, string? language)
    {
        var whole = Whole(lexicon, tokens, language);
        if (whole is not null)
        {
            return whole;
        }

        if (tokens is [var particle, var surname] && particle is "Le" or "La" && surname.Length > 1 && char.IsUpper(surname[0]))
        {
            // "Le Pen", "La Russa": a capitalised article before one capitalised word, not listed whole, is a surname.
            return new EntityGuess(EntityKind.Person, 0.7);
        }

        var shape = SpanShape.Of(lexicon, tokens, language);
        if (shape.Core.Count == 0)
        {
            return new EntityGuess(EntityKind.Unknown, 0);
        }

        var guess = NotAPerson(shape) ?? (shape.Core.Count == 1 ? OneWord.Classify(shape, language) : SeveralWords(shape, language));

        // "the Smiths", "la Meloni": an article before a name is rare and usually means something else.
        return shape.Determined && guess.Kind == EntityKind.Person ? guess with { Confidence = guess.Confidence * 0.5 } : guess;
    }

    /// <summary>Phrases listed whole: "Truth Social", "New York", "Fox News".</summary>
    private static EntityGuess? Whole(EntityLexicon lexicon, IReadOnlyList<string> tokens, string? language)
    {
        if (tokens.Count < 2)
        {
            return null;
        }

        var flags = lexicon.Lookup(string.Join(' ', tokens), language);
        return flags.HasFlag(LexiconFlags.Platform) ? new EntityGuess(EntityKind.Platform, 0.95)
            : flags.HasFlag(LexiconFlags.Place) ? new EntityGuess(EntityKind.Place, 0.9)
            : flags.HasFlag(LexiconFlags.OrganisationWord) ? new EntityGuess(EntityKind.Organisation, 0.9)
            : null;
    }

    /// <summary>Documents, organisations and platforms, whose words outweigh a name-like word beside them.</summary>
    private static EntityGuess? NotAPerson(SpanShape shape)
    {
        var first = shape.Facts[0];
        var head = shape.Facts[^1];
        var single = shape.Core.Count == 1;
        var personShaped = !single && first.Has(LexiconFlags.GivenName) && head.IsName;
        if (shape.Honorific)
        {
            return null;
        }

        if (single && head.Has(LexiconFlags.Platform))
        {
            return new EntityGuess(EntityKind.Platform, head.IsName || shape.Titled ? 0.55 : 0.9);
        }

        if (head.Has(LexiconFlags.DocumentWord) && !head.Has(LexiconFlags.OrganisationWord) && !personShaped && !(single && head.IsName))
        {
            return new EntityGuess(EntityKind.Document, shape.Determined || !single ? 0.9 : 0.7);
        }

        if (!personShaped && shape.Facts.Any(f => f.Has(LexiconFlags.OrganisationWord)))
        {
            return new EntityGuess(EntityKind.Organisation, 0.85);
        }

        return !shape.Titled && shape.Core.All(IsAcronym) && !shape.Facts.Any(f => f.Has(LexiconFlags.Place))
            ? new EntityGuess(EntityKind.Organisation, 0.7)
            : null;
    }

    private static EntityGuess SeveralWords(SpanShape shape, string? language)
    {
        var first = shape.Facts[0];
        var last = shape.Facts[^1];
        if (first.Has(LexiconFlags.GivenName) && (first.Rank is 0 or > FunctionWordRank || last.Has(LexiconFlags.Surname)))
        {
            return new EntityGuess(EntityKind.Person, GivenNameFirst(shape, last));
        }

        if (shape.Facts.All(IsNotAName))
        {
            if (PlaceNamedBody.Matches(shape, language))
            {
                return new EntityGuess(EntityKind.Organisation, 0.6);
            }

            return shape.Facts.Any(f => f.Has(LexiconFlags.Place)) ? new EntityGuess(EntityKind.Place, 0.8)
                : shape.Facts.Any(f => f.Has(LexiconFlags.Demonym)) ? new EntityGuess(EntityKind.Demonym, 0.8)
                : new EntityGuess(EntityKind.CommonNoun, shape.Titled ? 0.6 : 0.8);
        }

        if (shape.Titled)
        {
            return new EntityGuess(EntityKind.Person, 0.85);
        }

        if (last.Has(LexiconFlags.Surname) && !last.Has(LexiconFlags.CommonWord))
        {
            return new EntityGuess(EntityKind.Person, 0.8);
        }

        // Unknown capitalised words together, or with a given name, are mostly names the lists lack ("Álvaro Reinaldo");
        // common words among them make it a guess.
        return new EntityGuess(EntityKind.Person, shape.Facts.All(f => f.IsUnknown || f.IsName) ? 0.7 : 0.4);
    }

    /// <summary>A given name first: how sure the rest makes it a person ("Mara Lindqvist" sure, "Florence Nightingale" less).</summary>
    private static double GivenNameFirst(SpanShape shape, WordFacts last)
    {
        if (shape.Facts.Skip(1).Any(f => f.Has(LexiconFlags.Surname)) || last.IsUnknown || shape.HasParticle)
        {
            return 0.95;
        }

        if (last.Has(LexiconFlags.GivenName) && !last.Has(LexiconFlags.CommonWord))
        {
            return 0.85;
        }

        // "Andrés Santander" is a person, "Florence Italy" is not: only a major place outweighs the given name.
        return last.MajorPlace || last.Has(LexiconFlags.Demonym) ? 0.5 : 0.75;
    }

    /// <summary>A place, a nationality or a common word that is not also a name.</summary>
    private static bool IsNotAName(WordFacts facts) =>
        !facts.IsName && facts.Has(LexiconFlags.Place | LexiconFlags.Demonym | LexiconFlags.CommonWord | LexiconFlags.RoleWord);

    private static bool IsAcronym(string word) => word.Length is >= 2 and <= 6 && word.All(c => char.IsUpper(c) || c == '&');

    /// <summary>One word alone: the case where collisions between name, place and word lists matter most.</summary>
    private static class OneWord
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
            if (word.Has(LexiconFlags.CommonWord) && word.Rank is > 0 and <= FunctionWordRank && !word.MajorPlace)
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
            return word.Rank is > 0 and <= FunctionWordRank ? new EntityGuess(EntityKind.CommonNoun, 0.7)
                : CapitalisesNouns(language) ? new EntityGuess(EntityKind.Person, 0.45)
                : new EntityGuess(EntityKind.Person, word.Rank is > 0 and <= FrequentWordRank ? 0.5 : 0.6);
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
}
