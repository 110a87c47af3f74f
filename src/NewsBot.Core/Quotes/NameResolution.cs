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
    Description,
}
