namespace NewsBot.Core.Quotes.Entities;

/// <summary>
/// One key of the entity lexicon: what it is, the gender of a given name where a source gives one, and whether a place
/// is a major one (a country, a region, a city of 300,000 or more), which a same-named surname rarely outweighs.
/// </summary>
internal readonly record struct LexiconEntry(LexiconFlags Flags, Gender Gender, bool MajorPlace = false)
{
    /// <summary>Reads the codes of a line of entities.tsv (see tools/lexicons/build.py): G S P D O R T K H B, then m/f.</summary>
    public static LexiconEntry Parse(ReadOnlySpan<char> codes)
    {
        var flags = LexiconFlags.None;
        var (male, female, major) = (false, false, false);
        foreach (var code in codes)
        {
            flags |= code switch
            {
                'G' => LexiconFlags.GivenName,
                'S' => LexiconFlags.Surname,
                'P' => LexiconFlags.Place,
                'D' => LexiconFlags.Demonym,
                'O' => LexiconFlags.OrganisationWord,
                'R' => LexiconFlags.RoleWord,
                'T' => LexiconFlags.Platform,
                'K' => LexiconFlags.DocumentWord,
                'H' => LexiconFlags.Honorific,
                _ => LexiconFlags.None,
            };
            major |= code == 'B';
            male |= code == 'm';
            female |= code == 'f';
        }

        return new LexiconEntry(flags, male == female ? Gender.Unknown : male ? Gender.Male : Gender.Female, major);
    }
}
