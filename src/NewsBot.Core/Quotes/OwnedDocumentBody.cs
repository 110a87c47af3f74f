namespace NewsBot.Core.Quotes;

/// <summary>
/// `the company's statement said`, `the Institute's release added`, `Its statement claimed`: a statement the article
/// gives to a body it named before speaks for that body, as `the company said` does. The cue reads only the document
/// noun, so the owner is read from the words just before it.
/// </summary>
internal static class OwnedDocumentBody
{
    /// <summary>The owner word of `Its statement`: no body noun, so no kind to match.</summary>
    public const string Its = "its";

    /// <summary>The owner as a `the company` reference at the document's place, or null when no body owns it.</summary>
    public static SpeakerCandidate? Owner(string text, SpeakerCandidate candidate)
    {
        if (candidate is not { Kind: CandidateKind.Description, Words.Count: 1 } || !CueWords.IsStatementNoun(candidate.Words[0].ToLowerInvariant()))
        {
            return null;
        }

        if (candidate.Written.StartsWith("Its ", StringComparison.OrdinalIgnoreCase))
        {
            // `its` names no kind of body: the latest body named before is meant, whatever its kind.
            return candidate with { Kind = CandidateKind.OrganisationReference, Words = [Its] };
        }

        // The candidate starts where the phrase does (`the company's statement`) and keeps only the document noun.
        var phrase = text.AsSpan(candidate.Position, Math.Min(text.Length - candidate.Position, 80));
        var the = phrase.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? 4 : 0;
        var ownerEnd = phrase[the..].IndexOfAny('\'', '’');
        if (the == 0 || ownerEnd < 2 || phrase[(the + ownerEnd)..].IndexOf(candidate.Words[0], StringComparison.Ordinal) != 3)
        {
            return null;
        }

        var noun = phrase.Slice(the, ownerEnd).ToString();
        return RoleLexicon.IsOrganisationNoun(noun) && !RoleLexicon.IsRoleNoun(noun)
            ? candidate with { Kind = CandidateKind.OrganisationReference, Words = [noun] }
            : null;
    }

    /// <summary>
    /// `Velmora Glow hit back. Its statement said`: the latest name before the document, outside quotations, when it is a
    /// sentence's subject and no place nor a person the lexicons know by a given name or title, is the body that issued it, even a firm the lexicons do not know as one.
    /// </summary>
    public static string? SubjectBody(string text, NameIndex names, int position)
    {
        NameMention? latest = null;
        foreach (var mention in names.Mentions)
        {
            if (mention.Span.Start >= position)
            {
                break;
            }

            if (!mention.InsideQuote && (mention.Words.Count > 1 || mention.Kind == NameKind.Organisation) && LeadsSentence(text, mention.Span.Start))
            {
                latest = mention;
            }
        }

        return latest is { Kind: NameKind.Organisation or NameKind.Unknown } or { Kind: NameKind.Person, Gender: Gender.Unknown, Title: null, Words.Count: > 1 }
            ? latest.Text
            : null;
    }

    /// <summary>`Velmora Glow hit back`, `However, Velmora Glow hit back`: the name opens its sentence, after one adverb at most.</summary>
    private static bool LeadsSentence(string text, int start)
    {
        var at = start - 1;
        while (at >= 0 && text[at] == ' ')
        {
            at--;
        }

        if (at >= 0 && text[at] == ',')
        {
            at--;
            while (at >= 0 && char.IsLetter(text[at]))
            {
                at--;
            }

            while (at >= 0 && text[at] == ' ')
            {
                at--;
            }
        }

        return at < 0 || text[at] is '.' or '!' or '?' or '\n';
    }

    /// <summary>
    /// An owner resolved to a heading's all-capitals form (`THE ACME INSTITUTE for …`) is no name to give: the speaker
    /// stays unknown rather than named as the page shouts it.
    /// </summary>
    public static Attribution Checked(Attribution attribution) =>
        attribution.Speaker is { } speaker && ShoutedWords(speaker) >= 2 ? attribution with { Speaker = null } : attribution;

    private static int ShoutedWords(string speaker)
    {
        var count = 0;
        foreach (var word in speaker.Split(' '))
        {
            if (word.Length > 1 && word.All(c => !char.IsLetter(c) || char.IsUpper(c)))
            {
                count++;
            }
        }

        return count;
    }
}
