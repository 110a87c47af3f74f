namespace NewsBot.Core.Quotes.Entities;

/// <summary>What a capitalised span names; only a <see cref="Person"/> (or an organisation) can be a speaker.</summary>
internal enum EntityKind
{
    Unknown,
    Person,
    Organisation,
    Place,
    Demonym,
    Platform,
    Document,
    CommonNoun,
}
