namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// The head noun of a German description of one person of a gender: `der Experte`, `der Bischof`, `die Ministerin`. German
/// capitalises every noun, so the noun, not its case, says whether it makes a person, and `-in` makes her one (`-innen` are many).
/// </summary>
internal static class GermanPersonHead
{
    public static bool Names(string noun, Gender gender)
    {
        if (noun.Length < 2 || !char.IsUpper(noun[0]))
        {
            return false;
        }

        var feminine = noun.EndsWith("in", StringComparison.Ordinal);
        if (gender == Gender.Female)
        {
            return feminine && (CapitalisedRole.IsRoleNoun(noun, "de") || CapitalisedRole.IsPersonWord(noun));
        }

        // `der Experte`, `der Sudanese`: a masculine noun in -e is almost always a person.
        return gender == Gender.Male && !feminine && !noun.EndsWith("innen", StringComparison.Ordinal)
            && (CapitalisedRole.IsRoleNoun(noun, "de") || CapitalisedRole.IsPersonWord(noun) || noun.EndsWith('e'));
    }
}
