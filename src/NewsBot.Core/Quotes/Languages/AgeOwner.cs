using System.Text.RegularExpressions;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `Greta Lindner (54) und Hanna Roth (61) …`, then `sagte die 54-Jährige`; `Rossi, 45 anni,` then `il 45enne`: the age noun
/// names the person the article gave that age, however many people of the same gender it named since; without such an age
/// it refers back like a pronoun. Two people given the same age could each be meant, so neither is.
/// </summary>
internal static partial class AgeOwner
{
    private const int MaxNameLength = 60;

    /// <summary>The one person given this age before <paramref name="position"/>; <paramref name="shared"/> when two were.</summary>
    public static PersonMention? Find(string text, PersonNames people, string ageNoun, int position, out bool shared)
    {
        shared = false;
        var age = AgeNoun.Age(ageNoun);
        PersonMention? owner = null;
        foreach (Match given in AgeGiven().Matches(text[..position]))
        {
            if (given.Groups["age"].Value != age || PersonBefore(text, people, given.Index) is not { } person)
            {
                continue;
            }

            if (owner is not null && owner.Words[^1] != person.Words[^1])
            {
                shared = true;
                return null;
            }

            owner = person;
        }

        return owner;
    }

    private static PersonMention? PersonBefore(string text, PersonNames people, int at)
    {
        var person = people.Latest(at + 1, Math.Max(0, at - MaxNameLength), Gender.Unknown);
        return person is not null && text.AsSpan(person.Start, at - person.Start).TrimEnd().EndsWith(person.Words[^1]) ? person : null;
    }

    /// <summary>`Lindner (54)`, `Lindner, 54,`, `Rossi, 45 anni,`, `Ortega, de 27 años,`: an age in brackets or between commas right after a name.</summary>
    [GeneratedRegex(@"(?: \((?<age>\d{1,3})(?: anni| años| anos| ans)?\)|, (?:de )?(?<age>\d{1,3})(?: anni| años| anos| ans)?,)", RegexOptions.CultureInvariant)]
    private static partial Regex AgeGiven();
}
