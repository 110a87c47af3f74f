using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Quotes;

/// <summary>`the company said`, `the ministry said`: the organisation the article names that the reference points to.</summary>
internal sealed class OrganisationSpeakerResolver(NameIndex names, MentionRoles roles)
{
    /// <summary>
    /// `the ministry said` is the organisation the article names with that word (`the Ministry of Works`), before or after;
    /// otherwise `the company said` is the latest organisation named before it, unless that name says it is another kind of body:
    /// after "the Northfield Weather Office", `the company said` is someone else, so the speaker stays unknown.
    /// </summary>
    public Attribution Resolve(SpeakerCandidate candidate)
    {
        var head = candidate.Words[^1];
        if (names.OrganisationCalled(head, candidate.Position) is { } called)
        {
            return new Attribution(roles.FullName(called), null, true) { Resolution = NameResolution.Referent };
        }

        var organisation = names.OrganisationBefore(candidate.Position);
        var otherKind = organisation is not null
            && (SelfNamingBody.Is(head) || organisation.Words.Any(w => RoleLexicon.IsOrganisationNoun(w)))
            && !organisation.Words.Any(w => string.Equals(w, head, StringComparison.OrdinalIgnoreCase));
        return organisation is not null && !otherKind
            ? new Attribution(roles.FullName(organisation), null, true) { Resolution = NameResolution.Referent }
            : new Attribution(null, candidate.Role, true);
    }
}
