namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// The languages where a lower-case role apposed to a capitalised run (`Geannina Dinarte, ministra de la Presidencia`) tells
/// that the run is a person: French, Spanish, Italian and Portuguese write roles in lower case and put them after the name.
/// English is left to its own appositions (`Jane Roe, 42, a lecturer`), German capitalises every noun.
/// </summary>
internal static class RoleApposition
{
    public static bool Applies(string language) => language is "fr" or "es" or "it" or "pt";
}
