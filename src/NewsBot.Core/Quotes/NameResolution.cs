namespace NewsBot.Core.Quotes;

/// <summary>How the speaker's name was completed: a lone surname nobody expands is weaker than a full name.</summary>
internal enum NameResolution
{
    None,
    FullAsWritten,
    Expanded,
    Bare,
    Referent,
    AmbiguousReferent,

    /// <summary>A pronoun of the other gender than the lexicon gives the only person named near it (<see cref="LexiconGenderOverride"/>).</summary>
    LexiconOverruled,
    Description,

    /// <summary>`said Ms Roe` where the article names two women called Roe (<see cref="HonorificSurname"/>): no one, on purpose.</summary>
    SharedSurname,

    /// <summary>`said the minister`: the one person the article gave that role (<see cref="RoleModifiers"/>, <see cref="Languages.PersonRoles"/>).</summary>
    RoleHolder,

    /// <summary>`says Doctor` after `Ken Doctor`: a surname the lexicon doubts that the article vouches for (<see cref="VouchedSurnames"/>).</summary>
    VouchedSurname,
}
