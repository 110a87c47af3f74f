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

        if (GenericBodyHead.Is(head))
        {
            return GenericBodyHead.Body(names, candidate.Position) is { } body
                ? new Attribution(roles.FullName(body), null, true) { Resolution = NameResolution.Referent }
                : new Attribution(null, candidate.Role, true);
        }

        if (SelfNamingBody.Is(head))
        {
            return new Attribution(null, candidate.Role, true);
        }

        // `the company said` after `Orland Holdings … the Consumer Markets Authority`: the latest body of another kind is
        // skipped for the firm named before it (a firm's name rarely carries a body noun: `Bayline Ferries`, `Orland`).
        // `told the House`, `has spoken to Radio Northshore`: when the latest body heard the words rather than said them, the
        // body `the group said` means is one the rules did not read as a name; the speaker stays unknown.
        var organisation = FirmHeads.Contains(head.ToLowerInvariant())
            ? names.OrganisationBefore(candidate.Position, m => !OtherKind(m, head))
            : names.OrganisationBefore(candidate.Position);
        return organisation is { Addressed: false } && !OtherKind(organisation, head)
            ? new Attribution(roles.FullName(organisation), null, true) { Resolution = NameResolution.Referent }
            : new Attribution(null, candidate.Role, true);
    }

    /// <summary>`its statement said`: the latest body named before <paramref name="position"/>, of any kind.</summary>
    public Attribution Latest(int position) =>
        names.OrganisationBefore(position) is { } body
            ? new Attribution(roles.FullName(body), null, true) { Resolution = NameResolution.Referent }
            : Attribution.None;

    /// <summary>Nouns for a business: the firm they mean is named without a body noun, or with this one.</summary>
    private static readonly HashSet<string> FirmHeads =
        ["company", "firm", "group", "utility", "operator", "carrier", "airline", "lender", "insurer", "retailer", "supplier", "manufacturer", "maker", "startup"];

    /// <summary>A name that carries another body noun (`Consumer Markets Authority` for `the company`) names another kind of body.</summary>
    private static bool OtherKind(NameMention organisation, string head) =>
        organisation.Words.Any(w => RoleLexicon.IsOrganisationNoun(w)) && !organisation.Words.Any(w => string.Equals(w, head, StringComparison.OrdinalIgnoreCase));
}
