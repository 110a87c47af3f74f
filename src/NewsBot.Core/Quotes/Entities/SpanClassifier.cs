namespace NewsBot.Core.Quotes.Entities;

/// <summary>
/// Turns what the lexicons know of each word of a capitalised span into a guess of what the span names. The rules weigh
/// facts that often collide ("Paris" is a place and a given name, "Will" a given name and a verb) rather than trust one.
/// </summary>
internal static class SpanClassifier
{
    private const LexiconFlags NameFlags = LexiconFlags.GivenName | LexiconFlags.Surname;

    public static EntityGuess Classify(EntityLexicon lexicon, IReadOnlyList<string> tokens, string? language)
    {
        var whole = Whole(lexicon, tokens, language);
        if (whole is not null)
        {
            return whole;
        }

        var shape = SpanShape.Of(lexicon, tokens, language);
        if (shape.Core.Count == 0)
        {
            return new EntityGuess(EntityKind.Unknown, 0);
        }

        var guess = NotAPerson(shape) ?? (shape.Core.Count == 1 ? OneWord(shape) : SeveralWords(shape));

        // "the Smiths", "la Meloni": an article before a name is rare and usually means something else.
        return shape.Determined && guess.Kind == EntityKind.Person ? guess with { Confidence = guess.Confidence * 0.5 } : guess;
    }

    /// <summary>Phrases listed whole: "Truth Social", "New York", "Johnson & Johnson".</summary>
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
        var first = shape.Flags[0];
        var head = shape.Flags[^1];
        var personShaped = shape.Core.Count >= 2 && first.HasFlag(LexiconFlags.GivenName) && (head & NameFlags) != 0;
        if (shape.Core.Count == 1 && head.HasFlag(LexiconFlags.Platform))
        {
            return new EntityGuess(EntityKind.Platform, (head & NameFlags) != 0 || shape.Titled ? 0.55 : 0.9);
        }

        if (head.HasFlag(LexiconFlags.DocumentWord) && !personShaped && !(shape.Core.Count == 1 && (head & NameFlags) != 0))
        {
            return new EntityGuess(EntityKind.Document, shape.Determined || shape.Core.Count > 1 ? 0.9 : 0.7);
        }

        if (!personShaped && shape.Flags.Any(f => f.HasFlag(LexiconFlags.OrganisationWord)))
        {
            return new EntityGuess(EntityKind.Organisation, 0.85);
        }

        return !shape.Titled && shape.Core.All(IsAcronym) && !shape.Flags.Any(f => f.HasFlag(LexiconFlags.Place))
            ? new EntityGuess(EntityKind.Organisation, 0.7)
            : null;
    }

    private static EntityGuess OneWord(SpanShape shape)
    {
        var flags = shape.Flags[0];
        var named = (flags & NameFlags) != 0;
        var common = flags.HasFlag(LexiconFlags.CommonWord);
        return flags switch
        {
            _ when shape.Titled && !flags.HasFlag(LexiconFlags.RoleWord) => new EntityGuess(EntityKind.Person, 0.85),
            _ when flags.HasFlag(LexiconFlags.Demonym) => new EntityGuess(EntityKind.Demonym, 0.9),
            _ when flags.HasFlag(LexiconFlags.Place) => new EntityGuess(EntityKind.Place, named ? 0.65 : 0.9),
            _ when (flags & (LexiconFlags.RoleWord | LexiconFlags.Honorific)) != 0 && !named => new EntityGuess(EntityKind.CommonNoun, 0.8),
            _ when named && !common => new EntityGuess(EntityKind.Person, flags.HasFlag(LexiconFlags.Surname) ? 0.7 : 0.6),
            _ when named => new EntityGuess(EntityKind.Person, 0.35),
            _ when common => new EntityGuess(EntityKind.CommonNoun, 0.85),
            _ => new EntityGuess(EntityKind.Person, 0.5),
        };
    }

    private static EntityGuess SeveralWords(SpanShape shape)
    {
        var first = shape.Flags[0];
        var last = shape.Flags[^1];
        if (first.HasFlag(LexiconFlags.GivenName))
        {
            return new EntityGuess(EntityKind.Person, GivenNameFirst(shape, last));
        }

        if (shape.Flags.All(IsNotAName))
        {
            return shape.Flags.Any(f => f.HasFlag(LexiconFlags.Place)) ? new EntityGuess(EntityKind.Place, 0.8)
                : shape.Flags.Any(f => f.HasFlag(LexiconFlags.Demonym)) ? new EntityGuess(EntityKind.Demonym, 0.8)
                : new EntityGuess(EntityKind.CommonNoun, shape.Titled ? 0.6 : 0.8);
        }

        if (shape.Titled)
        {
            return new EntityGuess(EntityKind.Person, 0.85);
        }

        if (last.HasFlag(LexiconFlags.Surname) && !last.HasFlag(LexiconFlags.CommonWord))
        {
            return new EntityGuess(EntityKind.Person, 0.8);
        }

        // Unknown capitalised words together are mostly names the lists lack; common words among them make it a guess.
        var unknown = shape.Flags.Count(f => f == LexiconFlags.None);
        return unknown == shape.Flags.Count ? new EntityGuess(EntityKind.Person, 0.7)
            : new EntityGuess(EntityKind.Person, 0.4);
    }

    /// <summary>A given name first: how sure the rest makes it a person ("Mara Lindqvist" sure, "Florence Nightingale" less).</summary>
    private static double GivenNameFirst(SpanShape shape, LexiconFlags last)
    {
        if (shape.Flags.Skip(1).Any(f => f.HasFlag(LexiconFlags.Surname)) || last == LexiconFlags.None || shape.HasParticle)
        {
            return 0.95;
        }

        if (last.HasFlag(LexiconFlags.GivenName) && !last.HasFlag(LexiconFlags.CommonWord))
        {
            return 0.85;
        }

        return (last & (LexiconFlags.Place | LexiconFlags.Demonym)) != 0 ? 0.5 : 0.7;
    }

    /// <summary>A place, a nationality or a common word that is not also a name.</summary>
    private static bool IsNotAName(LexiconFlags flags) =>
        (flags & NameFlags) == 0 && (flags & (LexiconFlags.Place | LexiconFlags.Demonym | LexiconFlags.CommonWord | LexiconFlags.RoleWord)) != 0;

    private static bool IsAcronym(string word) => word.Length is >= 2 and <= 6 && word.All(c => char.IsUpper(c) || c == '&');
}
