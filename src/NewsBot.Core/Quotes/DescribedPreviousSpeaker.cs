using System.Collections.Frozen;
using NewsBot.Core.Quotes.Entities;
using NewsBot.Core.Quotes.Languages;

namespace NewsBot.Core.Quotes;

/// <summary>
/// A definite description that goes on about the person just quoted: `“…,” Professor Ada Lind told the show. The University
/// of Brenford expert continued, “…”` (<see cref="ForRoleNoun"/>, every language: <c>der Virologe</c>, <c>el científico</c>)
/// and `“…,” Calder said. … “…,” said the actor.` (<see cref="ForPersonNoun"/>, English: a person noun the article never gave
/// anyone as a role). Either continues the speaker of the quote before it, in the same or the previous paragraph, when no one
/// else was named in between, and never when the article brought in someone new with that noun (`a senior official … said
/// the official` is that anonymous official) or describes them now (`said the designer, who works for another brand`).
/// </summary>
internal static class DescribedPreviousSpeaker
{
    private const int MaxDescriptionWords = 3;

    /// <summary>Roles that stand for someone other than the person just quoted: an agent, a relative, a group.</summary>
    private static readonly FrozenSet<string> OtherPersonRoles = FrozenSet.ToFrozenSet(
    [
        "spokesperson", "spokesman", "spokeswoman", "adviser", "advisor", "attorney", "lawyer", "counsel", "aide", "surrogate",
        "representative", "deputy", "staffer", "employee", "operative", "partner", "press", "secretary", "source", "friend",
        "neighbor", "neighbour", "mother", "father", "wife", "husband", "son", "daughter", "sister", "brother", "witness",
        "victim", "critic", "opponent", "rival", "interviewer", "reporter", "host", "anchor", "moderator",
    ], StringComparer.Ordinal);

    private static readonly string[] PersonEndings = ["or", "ist", "ian", "ess"];

    /// <summary>
    /// The previous quote's speaker, when the role noun the cue at <paramref name="candidate"/> gives (an occupation, not
    /// someone's agent or relative) refers back to them; else null. Without this the description was shown as it stood
    /// (`Brenford expert`).
    /// </summary>
    public static Attribution? ForRoleNoun(string text, IReadOnlyList<QuotedSegment> segments, Attribution[] result, int index, SpeakerCandidate candidate, NameIndex names)
    {
        if (index == 0 || candidate.Kind != CandidateKind.Description || result[index].Speaker is not null && result[index].Resolution != NameResolution.Description)
        {
            return null;
        }

        var head = candidate.Words[0];
        if (!RoleLexicon.IsRoleNoun(head) || OtherPersonRoles.Contains(head) || head.EndsWith('s') || DefiniteStart(text, candidate) is not { } start)
        {
            return null;
        }

        if (!AnchoredOnBodyOrNothing(text, start, candidate.Position + candidate.Written.Length)
            || IntroducedAnonymously(text, segments, head.ToLowerInvariant(), candidate.Position)
            || IntroducesWithRelativeClause(text, candidate))
        {
            return null;
        }

        var previous = result[index - 1];
        var segment = segments[index];
        if (previous is not { Speaker: { } speaker, Kind: CandidateKind.Name or CandidateKind.Pronoun } || segment.Paragraph - segments[index - 1].Paragraph > 1
            || DescriptionModifiers.DateOrRankOtherwise(candidate.Written, head, previous.Role))
        {
            return null;
        }

        var from = segments[index - 1].Outer.End;
        var to = Math.Max(segment.OpenMark, candidate.Position);
        var descriptionEnd = candidate.Position + candidate.Written.Length;
        var someoneElse = names.Mentions.Any(m => m.Span.Start >= from && m.Span.Start < to && !m.InsideQuote
            && (m.Span.Start < start || m.Span.Start >= descriptionEnd) && !speaker.EndsWith(m.LastWord, StringComparison.Ordinal));
        return someoneElse ? null : new Attribution(speaker, previous.Role, true) { Resolution = NameResolution.Referent };
    }

    /// <summary>
    /// The previous quote's named speaker, when the English person noun of <paramref name="description"/> (`the actor`) goes
    /// on about them: the speaker was given no other role and the noun's gender does not contradict their given name.
    /// </summary>
    public static Attribution? ForPersonNoun(string text, IReadOnlyList<QuotedSegment> segments, NameIndex names, Attribution[] result, int index, SpeakerCandidate description)
    {
        if (index == 0 || description.Words.Count is 0 or > MaxDescriptionWords || !Definite(text, description.Position)
            || description.Words.Any(w => w.Length == 0 || char.IsUpper(w[0])))
        {
            return null;
        }

        var noun = description.Words[^1].ToLowerInvariant();
        var previous = segments[index - 1];
        if (!IsPersonNoun(noun)
            || result[index - 1] is not { Speaker: { } speaker, Kind: CandidateKind.Name } prior
            || segments[index].Paragraph - previous.Paragraph > 1
            || (prior.Role is { } role && !role.Contains(noun, StringComparison.OrdinalIgnoreCase))
            || DescriptionModifiers.DateOrRankOtherwise(description.Written, noun, prior.Role)
            || OtherPersonNamed(names, previous.Outer.End, segments[index].OpenMark, speaker)
            || GenderDisagrees(noun, speaker)
            || IntroducedAnonymously(text, segments, noun, description.Position)
            || IntroducesWithRelativeClause(text, description))
        {
            return null;
        }

        var source = previous.Paragraph == segments[index].Paragraph ? AttributionSource.SameParagraphTurn : AttributionSource.NextParagraphTurn;
        return prior with { FromCue = true, Source = source, Cue = description.Cue, Kind = CandidateKind.Description, Resolution = NameResolution.Referent };
    }

    /// <summary>
    /// `the expert`, `the University of Brenford expert`: no capitalised word, or a named body among them. `the Republican
    /// nominee` or `the Brenford native` names a party or a place, which many people share: it need not be who spoke last.
    /// </summary>
    private static bool AnchoredOnBodyOrNothing(string text, int start, int end)
    {
        var words = WordTokenizer.Tokenize(text, start, end);
        var capitalised = words.Skip(1).Where(w => w.IsCapitalized).ToList();
        return capitalised.Count == 0 || capitalised.Any(w => RoleLexicon.IsOrganisationNoun(w.Text));
    }

    /// <summary>
    /// Where `the` opens the description, allowing the capitalised words of a body before its head (`The University of
    /// Brenford expert`); null for `an expert`, `one expert` or a description with no article.
    /// </summary>
    private static int? DefiniteStart(string text, SpeakerCandidate candidate)
    {
        var position = candidate.Position;
        if (text.AsSpan(position).StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            return position;
        }

        var lookBack = Math.Max(0, position - 60);
        var before = WordTokenizer.Tokenize(text, lookBack, position);
        for (var i = before.Count - 1; i >= 0; i--)
        {
            var word = before[i];
            if (word.Lower == "the")
            {
                return word.Start;
            }

            if (!word.IsCapitalized && word.Lower is not ("of" or "for" or "and"))
            {
                return null;
            }
        }

        return null;
    }

    private static bool Definite(string text, int position) =>
        text.AsSpan(position).StartsWith("the ", StringComparison.OrdinalIgnoreCase)
        || text.AsSpan(0, position).TrimEnd().EndsWith(" the", StringComparison.OrdinalIgnoreCase);

    /// <summary>A role word, or a noun whose ending names a person (`actor`, `pianist`, `comedian`, `actress`).</summary>
    private static bool IsPersonNoun(string noun) =>
        RoleLexicon.IsRoleNoun(noun) || EntityKnowledge.IsRoleWord(noun, "en")
        || (noun.Length >= 5 && PersonEndings.Any(e => noun.EndsWith(e, StringComparison.Ordinal)));

    private static bool OtherPersonNamed(NameIndex names, int start, int end, string speaker) =>
        names.Mentions.Any(m => m.Span.Start >= start && m.Span.Start < end && !m.InsideQuote
            && m.Kind is NameKind.Person or NameKind.Unknown && !speaker.Split(' ').Contains(m.LastWord, StringComparer.Ordinal));

    private static bool GenderDisagrees(string noun, string speaker)
    {
        var nounGender = RoleLexicon.FemaleRoles.Contains(noun) || noun.EndsWith("ess", StringComparison.Ordinal) ? Gender.Female
            : RoleLexicon.MaleRoles.Contains(noun) ? Gender.Male : Gender.Unknown;
        var nameGender = EntityLexicon.Shared.GenderOf(speaker.Split(' ')[0], "en");
        return nounGender != Gender.Unknown && nameGender != Gender.Unknown && nounGender != nameGender;
    }

    /// <summary>`said the designer, who works for another brand`: a relative clause describes someone the reader meets now.</summary>
    private static bool IntroducesWithRelativeClause(string text, SpeakerCandidate description)
    {
        var noun = description.Words[^1];
        var at = text.IndexOf(noun, description.Position, StringComparison.Ordinal);
        if (at < 0)
        {
            return false;
        }

        var after = text.AsSpan(at + noun.Length).TrimStart(", ");
        return after.StartsWith("who ", StringComparison.Ordinal) || after.StartsWith("whose ", StringComparison.Ordinal);
    }

    /// <summary>`a senior official`, `an actor who …`, `another analyst`: the noun brought in someone new before, outside quotes.</summary>
    private static bool IntroducedAnonymously(string text, IReadOnlyList<QuotedSegment> segments, string noun, int position)
    {
        var words = WordTokenizer.Tokenize(text, 0, position);
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Lower is not ("a" or "an" or "another" or "one"))
            {
                continue;
            }

            for (var k = i + 1; k < words.Count && k - i <= MaxDescriptionWords; k++)
            {
                if (words[k].Lower == noun && !segments.Any(s => s.Outer.Contains(words[k].Start)))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
