namespace NewsBot.Core.Quotes;

internal enum Gender
{
    Unknown,
    Male,
    Female,
}
