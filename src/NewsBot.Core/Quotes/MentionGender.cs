namespace NewsBot.Core.Quotes;

/// <summary>The gender a name mention's leading words mark (`Mr`, `Mrs`, `Frau`), unknown when none or both do.</summary>
internal static class MentionGender
{
    /// <summary>The gender of the first <paramref name="count"/> words of <paramref name="run"/> (at most all), as <see cref="Of(IEnumerable{string})"/>.</summary>
    public static Gender Of(List<Word> run, int count)
    {
        for (var i = 0; i < count && i < run.Count; i++)
        {
            if (MarkedGender(run[i].Text) is var gender and not Gender.Unknown)
            {
                return gender;
            }
        }

        return Gender.Unknown;
    }

    /// <summary>The gender the first marked word of <paramref name="leadingWords"/> names.</summary>
    public static Gender Of(IEnumerable<string> leadingWords)
    {
        foreach (var word in leadingWords)
        {
            if (MarkedGender(word) is var gender and not Gender.Unknown)
            {
                return gender;
            }
        }

        return Gender.Unknown;
    }

    private static Gender MarkedGender(string word) =>
        NameLexicon.MaleMarkers.Contains(word) && !NameLexicon.FemaleMarkers.Contains(word) ? Gender.Male
        : NameLexicon.FemaleMarkers.Contains(word) && !NameLexicon.MaleMarkers.Contains(word) ? Gender.Female
        : Gender.Unknown;
}
