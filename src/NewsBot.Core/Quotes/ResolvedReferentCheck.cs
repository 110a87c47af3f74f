namespace NewsBot.Core.Quotes;

/// <summary>
/// A second look at a pronoun resolved to a name. `Mara Ost aus Lorbach findet Kanto Pay gut: „…“, sagt sie.`: the name stands
/// right after the verb of a sentence that opens with another person's name (only plain words between), so it is the verb's
/// object and the opening name the subject (a verb-second clause has one constituent before its verb); the pronoun means the
/// opening name; the object still when only it has the pronoun's gender by the lexicon; else no one (the opening name has
/// the other gender, or is joined to the object by `und`).
/// </summary>
internal static class ResolvedReferentCheck
{
    /// <summary>A pronoun a language's rules resolved to <see cref="SpeakerCandidate.Written"/>.</summary>
    public static Attribution Attribute(string text, NameIndex names, SpeakerCandidate candidate)
    {
        var speaker = candidate.Kind == CandidateKind.Pronoun ? Confirm(text, names, candidate, candidate.Written) : candidate.Written;
        return new Attribution(speaker, speaker is null ? null : candidate.Role, true) { Resolution = candidate.ByRole ? NameResolution.RoleHolder : NameResolution.Referent };
    }

    /// <summary>A pronoun the resolver itself gave an antecedent.</summary>
    public static Attribution Review(string text, NameIndex names, SpeakerCandidate candidate, Attribution resolved)
    {
        if (resolved.Speaker is null)
        {
            return resolved;
        }

        var speaker = Confirm(text, names, candidate, resolved.Speaker);
        return speaker == resolved.Speaker ? resolved : resolved with { Speaker = speaker, Role = speaker is null ? null : resolved.Role };
    }

    private static string? Confirm(string text, NameIndex names, SpeakerCandidate candidate, string written)
    {
        var lastWord = written.Split(' ')[^1];
        var referent = names.Mentions.LastOrDefault(m => m.Span.Start < candidate.Position && !m.InsideQuote && m.LastWord == lastWord);
        if (referent is null)
        {
            return written;
        }

        var gender = candidate.Gender != Gender.Unknown ? candidate.Gender : PronounGender(text, candidate.Position);
        if (SentenceOpener(text, names, referent) is { } opener)
        {
            // `Mara Ost und Kanto Pay …`: two subjects, either of whom the pronoun could mean.
            var fits = gender == Gender.Unknown || opener.Gender == Gender.Unknown || opener.Gender == gender;
            if (!fits && referent.Gender == gender)
            {
                // `Lena Brandt met Tomas Okafor …. “…,” he said.`: the pronoun's gender picks the object the lexicon knows.
                return written;
            }

            return fits && !Coordinated(text, opener.Span.End, referent.Span.Start) ? (names.FullForm(opener.Words, opener.Span.Start) ?? opener).Text : null;
        }

        return written;
    }

    /// <summary>The person's name that opens the sentence of <paramref name="mention"/>, when only plain words (its verb) stand between.</summary>
    private static NameMention? SentenceOpener(string text, NameIndex names, NameMention mention)
    {
        if (mention.OpensSentence)
        {
            return null;
        }

        return names.Mentions.LastOrDefault(o => o.Span.End <= mention.Span.Start && o.OpensSentence && !o.InsideQuote
            && o.Kind is NameKind.Person or NameKind.Unknown && o.Words.Count >= 2 && o.LastWord != mention.LastWord
            && PlainWordsBetween(text, o.Span.End, mention.Span.Start));
    }

    private static bool PlainWordsBetween(string text, int from, int to)
    {
        var verb = false;
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (char.IsLower(c) && (i == from || text[i - 1] == ' '))
            {
                verb = true;
            }
            else if (!char.IsLetter(c) && c != ' ' && c != '-')
            {
                return false;
            }
        }

        return verb;
    }

    private static bool Coordinated(string text, int from, int to) =>
        text[from..to].Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => w is "und" or "oder" or "sowie" or "et" or "ou" or "y" or "o" or "e" or "and" or "or");

    private static Gender PronounGender(string text, int position)
    {
        var end = position;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text[position..end].ToLowerInvariant() switch
        {
            "she" or "sie" or "elle" or "ella" or "lei" or "ela" => Gender.Female,
            "he" or "er" or "il" or "él" or "lui" or "ele" => Gender.Male,
            _ => Gender.Unknown,
        };
    }
}
