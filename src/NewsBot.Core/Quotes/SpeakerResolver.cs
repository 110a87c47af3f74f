using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Quotes;

/// <summary>Turns a speaker phrase into the speaker's full name: expands short names, resolves pronouns and `the company`.</summary>
internal sealed class SpeakerResolver
{
    private readonly string _text;
    private readonly NameIndex _names;
    private readonly NameSpeakerResolver _name;
    private readonly PronounSpeakerResolver _pronoun;
    private readonly OrganisationSpeakerResolver _organisation;
    private readonly DescriptionSpeakerResolver _description;

    public SpeakerResolver(string text, NameIndex names, string? language)
    {
        _text = text;
        _names = names;
        // One memo of roles for all kinds of speaker: the resolvers ask about the same people.
        var roles = new MentionRoles(text, names);
        _name = new NameSpeakerResolver(text, names, roles, language);
        _pronoun = new PronounSpeakerResolver(text, names, roles);
        _organisation = new OrganisationSpeakerResolver(names, roles);
        _description = new DescriptionSpeakerResolver(text, names, roles);
    }

    private Attribution OwnedDocument(SpeakerCandidate owner)
    {
        if (OwnedDocumentBody.SubjectBody(_text, _names, owner.Position) is { } subject)
        {
            return OwnedDocumentBody.Checked(new Attribution(subject, null, true) { Resolution = NameResolution.Referent });
        }

        return OwnedDocumentBody.Checked(owner.Words[0] == OwnedDocumentBody.Its ? _organisation.Latest(owner.Position) : _organisation.Resolve(owner));
    }

    public Attribution Resolve(SpeakerCandidate candidate) => candidate.Kind switch
    {
        _ when candidate.Resolved => ResolvedReferentCheck.Attribute(_text, _names, candidate),
        CandidateKind.Name => _name.Resolve(candidate),
        CandidateKind.Pronoun => ResolvedReferentCheck.Review(_text, _names, candidate, _pronoun.Resolve(candidate)),
        CandidateKind.OrganisationReference => _organisation.Resolve(candidate),
        CandidateKind.Description when OwnedDocumentBody.Owner(_text, candidate) is { } owner => OwnedDocument(owner),
        _ => _description.Resolve(candidate),
    };
}
