namespace NewsBot.Core.Quotes;

/// <summary>
/// `Founder Cameron Forbes says not to worry. (¶) “…,” she reveals.`: the lexicon calls Cameron a man's name, but the
/// text names no one else around the pronoun, so the one person it names there is who speaks; the text outweighs the
/// lexicon, which only knows what a given name usually is.
/// </summary>
internal static class LexiconGenderOverride
{
    /// <summary>The only person named between <paramref name="windowStart"/> and the pronoun, when the pronoun fits no one there.</summary>
    public static NameMention? SolePersonAgainstGender(string text, NameIndex names, int position, int windowStart, Gender gender)
    {
        if (gender == Gender.Unknown || names.PeopleBetween(windowStart, position, gender) > 0 || names.PeopleBetween(windowStart, position, Gender.Unknown) != 1
            || OtherPronounBetween(text, names, windowStart, position, gender))
        {
            return null;
        }

        return names.SubjectBefore(position, windowStart, Gender.Unknown) is { Kind: NameKind.Person, Words.Count: >= 2 } subject ? subject : null;
    }

    /// <summary>
    /// `Whitcombe shook her head. (¶) “…,” he replied.`: the text itself calls the one person named there `her`, so it agrees
    /// with the lexicon, and the `he` is someone else. `The bride, who wore a gown by Paolo Verri, … (¶) “…,” she wrote.`:
    /// the text describes someone who fits the pronoun (`bride`), so the pronoun need not be about the one person named.
    /// </summary>
    private static bool OtherPronounBetween(string text, NameIndex names, int start, int position, Gender gender)
    {
        var other = gender == Gender.Male ? OtherThanMale : OtherThanFemale;
        return WordTokenizer.Tokenize(text, start, position)
            .Any(w => (other.Contains(w.Lower) || GenderedPersonNoun.Of(w.Lower) == gender) && !names.InsideQuote(w.Start));
    }

    private static readonly string[] OtherThanMale = ["she", "her", "hers", "herself"];

    private static readonly string[] OtherThanFemale = ["he", "him", "his", "himself"];
}
