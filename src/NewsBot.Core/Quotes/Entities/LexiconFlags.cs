namespace NewsBot.Core.Quotes.Entities;

/// <summary>What the lexicons know of a word; a word can be several things at once ("Paris", "Will", "Rose").</summary>
[Flags]
internal enum LexiconFlags
{
    None = 0,
    GivenName = 1,
    Surname = 2,
    Place = 4,
    Demonym = 8,
    CommonWord = 16,
    OrganisationWord = 32,
    RoleWord = 64,
    Platform = 128,
    DocumentWord = 256,
    Honorific = 512,
}
