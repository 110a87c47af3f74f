namespace NewsBot.Core.Quotes;

/// <summary>
/// `Richard and Susan Kettleby … “…,” Mr Kettleby said.`: the honorific before a bare surname says whether the speaker is a
/// man or a woman, so a full form of the other gender is the wrong relative. The one same-surname person of the
/// honorific's gender is meant; with none the surname stays as written rather than naming the wrong person.
/// </summary>
internal static class HonorificGender
{
    public static NameMention? Agree(string text, NameIndex names, NameMention? full, int position)
    {
        if (full is not { Words.Count: >= 2 } || HonorificBefore(text, position) is not { } wanted || full.Gender is Gender.Unknown || full.Gender == wanted)
        {
            return full;
        }

        var agreeing = names.Mentions.Where(m => m is { Kind: NameKind.Person, InsideQuote: false, Words.Count: >= 2 } && m.Gender == wanted
            && string.Equals(m.LastWord, full.LastWord, StringComparison.Ordinal)).Select(m => m.Text).Distinct(StringComparer.Ordinal).ToList();
        return agreeing.Count == 1 ? names.Mentions.First(m => m.Text == agreeing[0]) : null;
    }

    /// <summary>The gender of a `Mr`, `Mrs`, `Ms`, `Herr`, `Frau`, `Mme` … opening the name or right before it, with or without its dot.</summary>
    public static Gender? HonorificBefore(string text, int position)
    {
        var opening = position;
        while (opening < text.Length && char.IsLetter(text[opening]))
        {
            opening++;
        }

        return GenderOf(text[position..opening]) ?? GenderOf(WordBefore(text, position));
    }

    private static string WordBefore(string text, int position)
    {
        var end = position;
        while (end > 0 && text[end - 1] is ' ' or '.')
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return text[start..end];
    }

    private static Gender? GenderOf(string word)
    {
        if (word.Length < 2 || !NameLexicon.Honorifics.Contains(word))
        {
            return null;
        }

        return NameLexicon.MaleMarkers.Contains(word) && !NameLexicon.FemaleMarkers.Contains(word) ? Gender.Male
            : NameLexicon.FemaleMarkers.Contains(word) && !NameLexicon.MaleMarkers.Contains(word) ? Gender.Female
            : null;
    }
}
