namespace NewsBot.Core.Quotes;

/// <summary>
/// `Founder Cameron Forbes says not to worry. (¶) “…,” she reveals.`: the lexicon calls Cameron a man's name, but the
/// text names no one else around the pronoun, so the one person it names there is who speaks; the text outweighs the
/// lexicon, which only knows what a given name usually is.
/// </summary>
internal static class LexiconGenderOverride
{
    /// <summary>The only person named between <paramref name="windowStart"/> and the pronoun, when the pronoun fits no one there.</summary>
    public static NameMention? SolePersonAgainstGender(NameIndex names, int position, int windowStart, Gender gender)
    {
        if (gender == Gender.Unknown || names.PeopleBetween(windowStart, position, gender) > 0 || names.PeopleBetween(windowStart, position, Gender.Unknown) != 1)
        {
            return null;
        }

        return names.SubjectBefore(position, windowStart, Gender.Unknown) is { Kind: NameKind.Person, Words.Count: >= 2 } subject ? subject : null;
    }
}
