namespace NewsBot.Core.Quotes;

/// <summary>
/// `The Member of Parliament for Adenkrom South, Hon. Afua Boateng,`, `The Chief Executive of the Port Trust, Dan Obi,`:
/// Commonwealth papers capitalise a post set before its holder's name. A phrase that opens with `The`, holds a role noun
/// and is otherwise capitalised words and short joining words is that person's role.
/// </summary>
internal static class CapitalisedPostPhrase
{
    private const int MaxWords = 9;

    private static readonly HashSet<string> Joiners = ["of", "for", "the", "and", "in", "on"];

    public static bool Is(List<Word> words)
    {
        if (words.Count is < 2 or > MaxWords || words[0].Text != "The" || !words[^1].IsCapitalized)
        {
            return false;
        }

        var role = false;
        for (var i = 1; i < words.Count; i++)
        {
            if (!words[i].IsCapitalized && !Joiners.Contains(words[i].Text))
            {
                return false;
            }

            role |= words[i].IsCapitalized && RoleLexicon.IsRoleNoun(words[i].Text) && !RoleLexicon.IsOrganisationNoun(words[i].Text);
        }

        return role;
    }
}
