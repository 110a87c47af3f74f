namespace NewsBot.Core.Quotes;

/// <summary>What a speaker phrase is before resolution.</summary>
internal enum CandidateKind
{
    Name,
    Pronoun,
    OrganisationReference,
    Description,
}
