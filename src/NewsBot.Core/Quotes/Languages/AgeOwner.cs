using System.Text.RegularExpressions;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `Greta Lindner (54) und Hanna Roth (61) …`, then `sagte die 54-Jährige`: the age noun names the person the article gave
/// that age, however many people of the same gender it named since; without such an age it refers back like a pronoun.
/// </summary>
internal static partial class AgeOwner
{
    private const int MaxNameLength = 60;

    public static PersonMention? Find(string text, PersonNames people, string ageNoun, int position)
    {
        var age = ageNoun[..ageNoun.IndexOf('-')];
        var given = AgeGiven().Matches(text[..position]).LastOrDefault(m => m.Groups["age"].Value == age);
        if (given is null)
        {
            return null;
        }

        var person = people.Latest(given.Index + 1, Math.Max(0, given.Index - MaxNameLength), Gender.Unknown);
        return person is not null && text.AsSpan(person.Start, given.Index - person.Start).TrimEnd().EndsWith(person.Words[^1]) ? person : null;
    }

    /// <summary>`Lindner (54)`, `Lindner, 54,`: an age in brackets or between commas right after a name.</summary>
    [GeneratedRegex(@"(?: \((?<age>\d{1,3})\)|, (?<age>\d{1,3}),)", RegexOptions.CultureInvariant)]
    private static partial Regex AgeGiven();
}
