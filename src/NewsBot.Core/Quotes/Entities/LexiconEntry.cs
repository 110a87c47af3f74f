namespace NewsBot.Core.Quotes.Entities;

/// <summary>
/// One key of the entity lexicon: what it is, the gender of a given name by majority of the lexicon's sources, the
/// languages whose own sources give it another one (`Andrea`: a woman, a man in Italian), and whether a place is a major
/// one (a country, a region, a city of 300,000 or more), which a same-named surname rarely outweighs.
/// </summary>
/// <param name="LanguageGenders">Two bits per language of <see cref="LexiconLanguages"/>: 0 the overall gender, then
/// 1 male, 2 female, 3 both (no gender in that language).</param>
/// <param name="GenderKnown">The sources give the name a gender, one or both (`mf`: they balance, so it has none here).</param>
internal readonly record struct LexiconEntry(LexiconFlags Flags, Gender Gender, bool MajorPlace = false, ushort LanguageGenders = 0, bool GenderKnown = false)
{
    private const int BothInLanguage = 3;

    /// <summary>The gender the name has in articles of <paramref name="language"/>; the overall one when that language's sources agree with it.</summary>
    public Gender GenderIn(string? language)
    {
        var index = LexiconLanguages.IndexOf(language);
        var bits = index < 0 ? 0 : (LanguageGenders >> (2 * index)) & 3;
        return bits switch
        {
            0 => Gender,
            BothInLanguage => Gender.Unknown,
            _ => (Gender)bits,
        };
    }

    /// <summary>
    /// Reads the codes of a line of entities.tsv (see tools/lexicons/build.py): G S P D O R T K H B, then m, f or mf,
    /// then the languages whose gender differs (` it:m fr:b`).
    /// </summary>
    public static LexiconEntry Parse(ReadOnlySpan<char> codes)
    {
        var space = codes.IndexOf(' ');
        var languageGenders = space < 0 ? (ushort)0 : ParseLanguageGenders(codes[(space + 1)..]);
        var flags = LexiconFlags.None;
        var (male, female, major) = (false, false, false);
        foreach (var code in space < 0 ? codes : codes[..space])
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

        var gender = male == female ? Gender.Unknown : male ? Gender.Male : Gender.Female;
        return new LexiconEntry(flags, gender, major, languageGenders, male || female);
    }

    private static ushort ParseLanguageGenders(ReadOnlySpan<char> items)
    {
        var packed = 0;
        foreach (var range in items.Split(' '))
        {
            var item = items[range];
            var index = item.Length == 4 && item[2] == ':' ? LexiconLanguages.IndexOf(item[..2].ToString()) : -1;
            var bits = index < 0 ? 0 : item[3] switch { 'm' => (int)Gender.Male, 'f' => (int)Gender.Female, _ => BothInLanguage };
            packed |= bits << (2 * Math.Max(index, 0));
        }

        return (ushort)packed;
    }
}
