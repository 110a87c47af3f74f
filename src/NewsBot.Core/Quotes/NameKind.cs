namespace NewsBot.Core.Quotes;

internal enum NameKind
{
    Unknown,
    Person,
    Organisation,
    Place,
}
