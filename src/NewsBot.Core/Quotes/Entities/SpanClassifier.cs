namespace NewsBot.Core.Quotes.Entities;

/// <summary>
/// Turns what the lexicons know of each word of a capitalised span into a guess of what the span names. The rules weigh
/// facts that often collide ("Paris" is a place and a given name, "Will" a given name and a verb) rather than trust one.
/// </summary>
internal static class SpanClassifier
{
    /// <summary>Words this frequent are function words even when a name list holds them ("Will", "Many").</summary>
    internal const int FunctionWordRank = 300;

    /// <summary>Words this frequent are as likely the word as the name when a name list holds them ("Mark", "White").</summary>
    internal const int FrequentWordRank = 3000;

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

        var guess = NotAPerson(shape) ?? (shape.Core.Count == 1 ? OneWordSpan.Classify(shape, language) : SeveralWords(shape, language));

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
}
