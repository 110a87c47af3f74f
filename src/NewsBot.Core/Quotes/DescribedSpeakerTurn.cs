using System.Collections.Frozen;

namespace NewsBot.Core.Quotes;

/// <summary>
/// `“…,” Professor Ada Lind told the show. The University of Brenford expert continued, “…”`: a definite description of the
/// speaker themself (an occupation, not someone's agent or relative) that the role lexicon cannot tie to a name refers back
/// to the previous quote's speaker when no one else is named in between, as German and Spanish articles do
/// (<c>der Virologe</c>, <c>el científico</c>). Without this the description was shown as it stood (`Brenford expert`).
/// Not when the article brought in someone new with that noun (`a senior official … said the official`) or describes them
/// now (`the expert, who …`): the checks of <see cref="DescribedLastSpeaker"/>.
/// </summary>
internal static class DescribedSpeakerTurn
{
    /// <summary>Roles that stand for someone other than the person just quoted: an agent, a relative, a group.</summary>
    private static readonly FrozenSet<string> OtherPersonRoles = FrozenSet.ToFrozenSet(
    [
        "spokesperson", "spokesman", "spokeswoman", "adviser", "advisor", "attorney", "lawyer", "counsel", "aide", "surrogate",
        "representative", "deputy", "staffer", "employee", "operative", "partner", "press", "secretary", "source", "friend",
        "neighbor", "neighbour", "mother", "father", "wife", "husband", "son", "daughter", "sister", "brother", "witness",
        "victim", "critic", "opponent", "rival", "interviewer", "reporter", "host", "anchor", "moderator",
    ], StringComparer.Ordinal);

    /// <summary>The previous quote's speaker, when the description at <paramref name="candidate"/> refers back to them; else null.</summary>
    public static Attribution? Find(string text, IReadOnlyList<QuotedSegment> segments, Attribution[] result, int index, SpeakerCandidate candidate, NameIndex names)
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
            || DescribedLastSpeaker.IntroducedAnonymously(text, segments, head.ToLowerInvariant(), candidate.Position)
            || DescribedLastSpeaker.IntroducesWithRelativeClause(text, candidate))
        {
            return null;
        }

        var previous = result[index - 1];
        var segment = segments[index];
        if (previous is not { Speaker: { } speaker, Kind: CandidateKind.Name or CandidateKind.Pronoun } || segment.Paragraph - segments[index - 1].Paragraph > 1)
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
}
